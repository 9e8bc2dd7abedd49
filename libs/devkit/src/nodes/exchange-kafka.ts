import { Kafka, logLevel, Partitioners } from 'kafkajs';
import type { KafkaRecord } from '@tandem/contracts';
import { pollUntil } from './poll';

/** A plain kafkajs client for tests and benches: only errors are logged. */
export function harnessKafka(brokers: string, clientId: string): Kafka {
  return new Kafka({ clientId, brokers: brokers.split(','), logLevel: logLevel.ERROR, retry: { initialRetryTime: 200, retries: 8 } });
}

/** Whether `topic` belongs to one of `municipalities`: its node-local topics or its exchange inbox (and their dead letters). */
export function isTopicOf(topic: string, municipalities: readonly string[]): boolean {
  const [first, second] = topic.split('.');
  return municipalities.includes(first ?? '') || (first === 'xb' && municipalities.includes(second ?? ''));
}

/** The exchange topics (`xb.<id>.*`, dead letters included) of `municipalities` that exist now. */
export async function exchangeTopicsOf(kafka: Kafka, municipalities: readonly string[]): Promise<string[]> {
  const topics = await withAdmin(kafka, (admin) => topicsOf(admin, municipalities));
  return topics.filter((topic) => topic.startsWith('xb.')).sort();
}

/**
 * Deletes every topic of `municipalities`, so runs leave nothing behind on a shared broker, and returns
 * once the broker's metadata no longer lists them: the controller answers a deletion when it has
 * committed it, and a busy broker may list the topics a moment longer.
 */
export async function deleteTopicsOf(kafka: Kafka, municipalities: readonly string[]): Promise<void> {
  await withAdmin(kafka, async (admin) => {
    const topics = await topicsOf(admin, municipalities);
    if (topics.length === 0) return;
    await admin.deleteTopics({ topics });
    await pollUntil('the deleted topics to leave the broker\'s metadata', () => topicsOf(admin, municipalities), (left) => left.length === 0);
  });
}

/** Writes records exactly as given (key, value, every header), e.g. forged or replayed ones. */
export async function publishRaw(kafka: Kafka, topic: string, records: KafkaRecord[]): Promise<void> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    await producer.send({
      topic,
      acks: -1,
      messages: records.map((record) => ({ key: record.key, value: record.value, headers: { ...record.headers } })),
    });
  } finally {
    await producer.disconnect();
  }
}

type Admin = ReturnType<Kafka['admin']>;

async function topicsOf(admin: Admin, municipalities: readonly string[]): Promise<string[]> {
  return (await admin.listTopics()).filter((topic) => isTopicOf(topic, municipalities));
}

async function withAdmin<T>(kafka: Kafka, work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}
