import { join } from 'node:path';
import { DevIssuer } from '../dev-issuer';
import { builtServiceEntry } from '../service-process';
import { createTestDatabase } from '../test-database';
import type { Cleanup } from './cleanup';
import type { MunicipalityKeys } from './federation-files';
import { NodeDatabase } from './node-database';
import type { NodePairOptions } from './node-pair';
import { TestNode } from './test-node';
import { type NodeSettings, TestService } from './test-service';

export interface NodeRun {
  options: NodePairOptions;
  /** The options' services, checked by serviceNames(). */
  services: readonly string[];
  /** Each service's port, by servicePortKey(). */
  ports: ReadonlyMap<string, number>;
  kafkaBrokers: string;
  federationFile: string;
  /** Where the node's JWKS file goes; removed by the caller. */
  dir: string;
  cleanup: Cleanup;
}

/** The services every node runs: at least one, each at most once, since a name picks its handle and database. */
export function serviceNames(services: readonly string[] = ['intake']): string[] {
  if (services.length === 0) throw new Error('a node runs at least one service');
  const repeated = services.filter((name, index) => services.indexOf(name) !== index);
  if (repeated.length > 0) throw new Error(`a node runs each service once; repeated: ${[...new Set(repeated)].join(', ')}`);
  return [...services];
}

export const servicePortKey = (municipality: string, service: string) => `${municipality}/${service}`;

/**
 * A node whose services are ready to start: its issuer and JWKS file, and per service a database and
 * a port. The caller stops the services it starts, before `cleanup` drops their databases.
 */
export async function prepareNode(member: MunicipalityKeys, run: NodeRun): Promise<TestNode> {
  const issuer = await DevIssuer.generate();
  const jwksFile = join(run.dir, `${member.id}.jwks.json`);
  await issuer.writeJwks(jwksFile);
  const { options, kafkaBrokers, federationFile } = run;
  const node: NodeSettings = {
    member,
    federationFile,
    jwksFile,
    issuer,
    kafkaBrokers,
    logLevel: options.logLevel ?? 'warn',
    readyTimeoutMs: options.readyTimeoutMs ?? 60_000,
    echoOutput: options.echoOutput ?? process.env.TANDEM_ECHO_NODES === '1',
    env: options.env ?? {},
  };
  const services = await Promise.all(run.services.map((name) => prepareService(node, name, run)));
  return new TestNode(node, services);
}

async function prepareService(node: NodeSettings, name: string, run: NodeRun): Promise<TestService> {
  const database = new NodeDatabase(await createTestDatabase(`${node.member.id}_${name}`));
  run.cleanup.add(() => database.drop());
  run.cleanup.add(() => database.close());
  const entry = (name === 'intake' ? run.options.entry : undefined) ?? builtServiceEntry(name);
  const port = run.ports.get(servicePortKey(node.member.id, name));
  if (!port) throw new Error(`no port was chosen for ${node.member.id}/${name}`);
  return new TestService(node, { name, entry, database, port });
}
