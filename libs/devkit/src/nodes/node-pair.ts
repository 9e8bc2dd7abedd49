import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import type { KafkaRecord } from '@tandem/contracts';
import { generateNodeKey, MessageSigner, type PrivateSigningJwk } from '@tandem/federation';
import { DevIssuer } from '../dev-issuer';
import { freePort } from '../local-broker';
import { builtServiceEntry } from '../service-process';
import { createTestDatabase, uniqueName } from '../test-database';
import { deleteTopicsOf, harnessKafka, publishRaw } from './exchange-kafka';
import { type CanaryHit, type ExchangeRecord, readExchange, searchExchange } from './exchange-reader';
import { type MunicipalityKeys, type MunicipalitySpec, writeRunFederation } from './federation-files';
import { Cleanup } from './cleanup';
import { NodeDatabase } from './node-database';
import { TestNode } from './test-node';

export interface NodePairOptions {
  /** Part of every id, topic and database of the run, e.g. `de-<label>-1a2b3c4d`; default `xb`. */
  label?: string;
  /** Default: KAFKA_BROKERS of the environment (set by the Jest global setup). */
  kafkaBrokers?: string;
  /** Default: the built intake service. */
  entry?: string;
  /** Default `warn`. */
  logLevel?: string;
  /** Default 60 s per node. */
  readyTimeoutMs?: number;
  /** Echo both services' output, prefixed with the municipality; default: TANDEM_ECHO_NODES=1 in the environment. */
  echoOutput?: boolean;
  /** Extra settings for both services. */
  env?: Record<string, string>;
  /** Leave the run's topics on the broker after stop(), to inspect them. */
  keepTopics?: boolean;
}

/** A key pair no federation file lists, and a municipality id of nobody: what a forger has. */
export interface Outsider {
  key: PrivateSigningJwk;
  /** Signs as `municipality` (e.g. a listed one it impersonates) with the unlisted key. */
  signerAs(municipality: string): Promise<MessageSigner>;
}

/**
 * Two municipalities' intake services (DE and PL) as separate processes that trust each other through
 * a federation file of the run, plus a third municipality listed in that file with no node running
 * (a destination for misrouted messages) and an outsider's unlisted key. Ids are fresh per run, so
 * topics never collide with other runs on the same broker.
 */
export class NodePair {
  private constructor(
    readonly de: TestNode,
    readonly pl: TestNode,
    /** Listed in the federation file, with a key, but no node runs for it. */
    readonly bystander: MunicipalityKeys,
    readonly outsider: Outsider,
    readonly federationFile: string,
    readonly kafka: Kafka,
    private readonly cleanup: Cleanup,
  ) {}

  static async start(options: NodePairOptions = {}): Promise<NodePair> {
    const kafkaBrokers = options.kafkaBrokers ?? process.env.KAFKA_BROKERS;
    if (!kafkaBrokers) throw new Error('NodePair needs kafkaBrokers or KAFKA_BROKERS');
    const run = uniqueName(options.label ?? 'xb');
    const cleanup = new Cleanup();
    try {
      const dir = await mkdtemp(join(tmpdir(), 'tandem-node-pair-'));
      cleanup.add(() => rm(dir, { recursive: true, force: true }));
      const federation = await writeRunFederation(dir, municipalitiesOf(run));
      const [deMember, plMember, bystander] = federation.members as [MunicipalityKeys, MunicipalityKeys, MunicipalityKeys];
      const ids = federation.members.map((member) => member.id);
      const kafka = harnessKafka(kafkaBrokers, `node-pair-${run}`);
      if (!options.keepTopics) cleanup.add(() => deleteTopicsOf(kafka, ids));
      const common = { options, kafkaBrokers, federationFile: federation.file, dir, cleanup };
      const [de, pl] = await Promise.all([prepareNode(deMember, common), prepareNode(plMember, common)]);
      await Promise.all([de.start(), pl.start()]);
      const outsider = await outsiderKey();
      return new NodePair(de, pl, bystander, outsider, federation.file, kafka, cleanup);
    } catch (error) {
      await cleanup.run();
      throw error;
    }
  }

  /** The run's municipality ids: DE, PL and the bystander. */
  get municipalities(): string[] {
    return [this.de.municipality, this.pl.municipality, this.bystander.id];
  }

  /** Every record of the run's exchange topics and dead letters, raw. */
  readExchange(): Promise<ExchangeRecord[]> {
    return readExchange(this.kafka, this.municipalities);
  }

  searchExchange(canaries: readonly string[]): Promise<{ records: number; hits: CanaryHit[] }> {
    return searchExchange(this.kafka, this.municipalities, canaries);
  }

  /** Writes records to `topic` as given, past any node's signer: how forged and replayed messages arrive. */
  publishRaw(topic: string, records: KafkaRecord[]): Promise<void> {
    return publishRaw(this.kafka, topic, records);
  }

  /** Stops both services, then removes their databases, topics and key files; safe to call twice. */
  async stop(): Promise<void> {
    await this.cleanup.run();
  }
}

export const startNodePair = (options?: NodePairOptions): Promise<NodePair> => NodePair.start(options);

function municipalitiesOf(run: string): MunicipalitySpec[] {
  return [
    { id: `de-${run}`, country: 'DE', displayName: `Test node DE ${run}`, languages: ['de'] },
    { id: `pl-${run}`, country: 'PL', displayName: `Test node PL ${run}`, languages: ['pl'] },
    { id: `cz-${run}`, country: 'CZ', displayName: `Test bystander CZ ${run}`, languages: ['cs'] },
  ];
}

interface Common {
  options: NodePairOptions;
  kafkaBrokers: string;
  federationFile: string;
  dir: string;
  cleanup: Cleanup;
}

async function prepareNode(member: MunicipalityKeys, { options, kafkaBrokers, federationFile, dir, cleanup }: Common): Promise<TestNode> {
  const database = new NodeDatabase(await createTestDatabase(member.id));
  cleanup.add(() => database.drop());
  cleanup.add(() => database.close());
  const issuer = await DevIssuer.generate();
  const jwksFile = join(dir, `${member.id}.jwks.json`);
  await issuer.writeJwks(jwksFile);
  const node = new TestNode({
    member,
    federationFile,
    jwksFile,
    issuer,
    database,
    port: await freePort(),
    kafkaBrokers,
    entry: options.entry ?? builtServiceEntry('intake'),
    logLevel: options.logLevel ?? 'warn',
    readyTimeoutMs: options.readyTimeoutMs ?? 60_000,
    echoOutput: options.echoOutput ?? process.env.TANDEM_ECHO_NODES === '1',
    env: options.env ?? {},
  });
  cleanup.add(() => node.stopProcess());
  return node;
}

async function outsiderKey(): Promise<Outsider> {
  const key = await generateNodeKey();
  return { key, signerAs: (municipality) => MessageSigner.create({ municipality, privateKey: key }) };
}
