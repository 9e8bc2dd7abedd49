import type { Kafka } from 'kafkajs';
import { type ReadRecord, readTopic } from '../read-topic';
import { exchangeTopicsOf } from './exchange-kafka';

export interface ExchangeRecord extends ReadRecord {
  topic: string;
}

export interface CanaryHit {
  canary: string;
  topic: string;
  partition: number;
  offset: number;
  /** `key`, `value`, `header name <name>` or `header <name>`. */
  where: string;
}

/**
 * Every record, raw (key, value, every header), of every exchange topic of `municipalities`:
 * their inboxes and the dead-letter topics beside them, up to each topic's current end.
 */
export async function readExchange(kafka: Kafka, municipalities: readonly string[]): Promise<ExchangeRecord[]> {
  const topics = await exchangeTopicsOf(kafka, municipalities);
  const perTopic = await Promise.all(
    topics.map(async (topic) => (await readTopic(kafka, topic)).map((record) => ({ topic, ...record }))),
  );
  return perTopic.flat();
}

/**
 * Where any of `canaries` occurs in the records, case-insensitively, in the key, the value, a header's
 * name or a header's value. An empty answer is the proof that none of them crossed.
 */
export function findCanaries(records: readonly ExchangeRecord[], canaries: readonly string[]): CanaryHit[] {
  const hits: CanaryHit[] = [];
  for (const record of records) {
    const places: Array<[string, string]> = [
      ['key', record.key],
      ['value', record.value],
      ...Object.entries(record.headers).flatMap(([name, value]): Array<[string, string]> => [
        [`header name ${name}`, name],
        [`header ${name}`, value],
      ]),
    ];
    for (const canary of canaries) {
      const needle = canary.toLowerCase();
      for (const [where, text] of places) {
        if (text.toLowerCase().includes(needle)) {
          hits.push({ canary, topic: record.topic, partition: record.partition, offset: record.offset, where });
        }
      }
    }
  }
  return hits;
}

/** Reads the run's exchange and searches it: the hits, with the number of records searched. */
export async function searchExchange(
  kafka: Kafka,
  municipalities: readonly string[],
  canaries: readonly string[],
): Promise<{ records: number; hits: CanaryHit[] }> {
  const records = await readExchange(kafka, municipalities);
  return { records: records.length, hits: findCanaries(records, canaries) };
}
