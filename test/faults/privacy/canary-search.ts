import type { Kafka } from 'kafkajs';
import { type CanaryHit, type ExchangeRecord, findCanaries, type NodePair, type ReadRecord, readTopic, type TestNode } from '@tandem/devkit';

/** Topics read at once: each read is a consumer group of its own, and the machine has two cores. */
const PARALLEL_READS = 6;

/** Every topic on the broker but Kafka's own (`__consumer_offsets`): node-local, exchange inboxes, public, dead letters. */
export async function everyTopic(kafka: Kafka): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.listTopics()).filter((topic) => !topic.startsWith('__')).sort();
  } finally {
    await admin.disconnect();
  }
}

/** Every record of `topics`, raw (key, value, headers), each up to the topic's end when its read began. */
export async function readTopics(kafka: Kafka, topics: readonly string[]): Promise<ExchangeRecord[]> {
  const records: ExchangeRecord[] = [];
  const queue = [...topics];
  const reader = async () => {
    for (let topic = queue.shift(); topic !== undefined; topic = queue.shift()) {
      for (const record of await readUnlessDeleted(kafka, topic)) records.push({ topic, ...record });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_READS }, reader));
  return records;
}

/**
 * The broker is shared: another test file may delete its own topics between the listing and the
 * read. A topic that is gone holds nothing to search; any other failure stands.
 */
async function readUnlessDeleted(kafka: Kafka, topic: string): Promise<ReadRecord[]> {
  try {
    return await readTopic(kafka, topic);
  } catch (error) {
    if (!(await everyTopic(kafka)).includes(topic)) return [];
    throw error;
  }
}

export interface TopicSearch {
  topics: string[];
  records: number;
  hits: CanaryHit[];
}

export async function searchEveryTopic(kafka: Kafka, canaries: readonly string[]): Promise<TopicSearch> {
  const topics = await everyTopic(kafka);
  const records = await readTopics(kafka, topics);
  return { topics, records: records.length, hits: findCanaries(records, canaries) };
}

/** `topic` with the run's municipality ids written as DE, PL and CZ, so that expectations read the same every run. */
export function topicKind(pair: NodePair, topic: string): string {
  const [de, pl, cz] = pair.municipalities as [string, string, string];
  return topic.split('.').map((part) => ({ [de]: 'DE', [pl]: 'PL', [cz]: 'CZ' })[part] ?? part).join('.');
}

/** Output lines of every service that held a watched needle, by service label; a needle '' counts every line. */
export function sightingsOf(pair: NodePair, needle: string): Record<string, number> {
  return Object.fromEntries(pair.services.map((service) => [service.label, service.process.sightings[needle] ?? 0]));
}

/** `<service>.<table>` → the canaries it holds, over every database of the node. */
export async function canariesInNode(node: TestNode, canaries: readonly string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const service of node.services) {
    for (const [table, held] of Object.entries(await service.database.textsIn(canaries))) found[`${service.name}.${table}`] = held;
  }
  return found;
}
