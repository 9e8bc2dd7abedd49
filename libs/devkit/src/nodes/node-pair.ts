import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import type { KafkaRecord } from '@tandem/contracts';
import { generateNodeKey, MessageSigner, type PrivateSigningJwk } from '@tandem/federation';
import { uniqueName } from '../test-database';
import { deleteTopicsOf, harnessKafka, publishRaw } from './exchange-kafka';
import { type CanaryHit, type ExchangeRecord, readExchange, searchExchange } from './exchange-reader';
import { type MunicipalityKeys, type MunicipalitySpec, writeRunFederation } from './federation-files';
import { Cleanup } from './cleanup';
import { prepareNode, servicePortKey, serviceNames } from './prepare-node';
import { freePort } from '../free-port';
import type { TestNode } from './test-node';
import type { TestService } from './test-service';

export interface NodePairOptions {
  /** Part of every id, topic and database of the run, e.g. `de-<label>-1a2b3c4d`; default `xb`. */
  label?: string;
  /** Default: KAFKA_BROKERS of the environment (set by the Jest global setup). */
  kafkaBrokers?: string;
  /** The services each node runs, each its own process, database and port; default `['intake']`. Names must be unique. */
  services?: string[];
  /** Runs instead of the built intake service; every other service runs its own build. */
  entry?: string;
  /** Default `warn`. */
  logLevel?: string;
  /** Default 60 s per service. */
  readyTimeoutMs?: number;
  /** Echo every service's output, prefixed with `<municipality>/<service>`; default: TANDEM_ECHO_NODES=1 in the environment. */
  echoOutput?: boolean;
  /** Extra settings for every service. */
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
 * Two municipalities' nodes (DE and PL), each service a separate process, that trust each other through
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
    const names = serviceNames(options.services);
    const run = uniqueName(options.label ?? 'xb');
    const cleanup = new Cleanup();
    try {
      const dir = await mkdtemp(join(tmpdir(), 'tandem-node-pair-'));
      cleanup.add(() => rm(dir, { recursive: true, force: true }));
      const specs = municipalitiesOf(run);
      const ports = await servicePorts(specs.slice(0, 2), names);
      const federation = await writeRunFederation(dir, specs.map((spec) => withRecognitionUrl(spec, ports)));
      const [deMember, plMember, bystander] = federation.members as [MunicipalityKeys, MunicipalityKeys, MunicipalityKeys];
      const ids = federation.members.map((member) => member.id);
      const kafka = harnessKafka(kafkaBrokers, `node-pair-${run}`);
      if (!options.keepTopics) cleanup.add(() => deleteTopicsOf(kafka, ids));
      const nodeRun = { options, services: names, ports, kafkaBrokers, federationFile: federation.file, dir, cleanup };
      const [de, pl] = await Promise.all([prepareNode(deMember, nodeRun), prepareNode(plMember, nodeRun)]);
      const pair = new NodePair(de, pl, bystander, await outsiderKey(), federation.file, kafka, cleanup);
      // Added last, so it runs first: every process is gone before its database is dropped.
      cleanup.add(() => Promise.all(pair.services.map((service) => service.stop())));
      await Promise.all(pair.services.map((service) => service.start()));
      return pair;
    } catch (error) {
      await cleanup.run();
      throw error;
    }
  }

  /** Every service of both nodes, DE's first. */
  get services(): TestService[] {
    return [this.de, this.pl].flatMap((node) => node.services);
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

  /** Stops every service, then removes their databases, topics and key files; safe to call twice. */
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

/** A port for each service of each running node, chosen before the federation file that names some of them is written. */
async function servicePorts(nodes: MunicipalitySpec[], services: string[]): Promise<Map<string, number>> {
  const ports = new Map<string, number>();
  for (const { id } of nodes) for (const service of services) ports.set(servicePortKey(id, service), await freePort());
  return ports;
}

/** A node is found at its recognition service: the issuer id of its credentials, where their status lists are served. */
function withRecognitionUrl(spec: MunicipalitySpec, ports: Map<string, number>): MunicipalitySpec {
  const port = ports.get(servicePortKey(spec.id, 'recognition'));
  return port ? { ...spec, url: `http://127.0.0.1:${port}` } : spec;
}

async function outsiderKey(): Promise<Outsider> {
  const key = await generateNodeKey();
  return { key, signerAs: (municipality) => MessageSigner.create({ municipality, privateKey: key }) };
}
