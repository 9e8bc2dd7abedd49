import { randomUUID } from 'node:crypto';
import type { Admin, EachBatchPayload, Kafka } from 'kafkajs';
import { localTopic } from '@tandem/contracts';
import { NODE_EVENTS } from '../node-events';
import { FACT_TABLES } from '../projection/fact-tables';
import { type Sql, writeFacts } from '../projection/write-facts';
import { projectedEvents } from './decode-events';

/** A database connection the replay owns: it opens and commits one transaction per batch. */
export interface ReplayDatabase {
  query: Sql;
}

export interface ReplayReport {
  topics: string[];
  events: number;
  /** Records that broke their envelope or contract: the live inbox dead-letters those, so they count nowhere. */
  rejected: number;
  batches: number;
  millis: number;
}

/** The topics the read model is built from. */
export function replayedTopics(municipality: string): string[] {
  return [...new Set(NODE_EVENTS.map((contract) => localTopic(municipality, contract)))];
}

/** Where each partition ends now (the replay reads up to these offsets and stops), and how many records that is. */
async function endOffsets(admin: Admin, topics: string[]): Promise<{ ends: Map<string, bigint>; records: number }> {
  const ends = new Map<string, bigint>();
  let records = 0;
  for (const topic of topics) {
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(high) <= BigInt(low)) continue;
      ends.set(`${topic}/${partition}`, BigInt(high));
      records += Number(BigInt(high) - BigInt(low));
    }
  }
  return { ends, records };
}

/** Told after each batch: the records it read, and how many the replay reads in all. */
export type ReplayProgress = (records: number, total: number) => void;

async function inTransaction(database: ReplayDatabase, work: () => Promise<void>): Promise<void> {
  await database.query('BEGIN');
  try {
    await work();
    await database.query('COMMIT');
  } catch (error) {
    await database.query('ROLLBACK');
    throw error;
  }
}

/**
 * Empties the read model and rebuilds it from every record of its topics, from offset 0, with a
 * consumer group of its own: the live inbox's committed offsets neither limit nor move. One
 * transaction per fetched batch, one multi-row upsert per table. Safe while the service runs: the
 * projection is idempotent and order-free, so what the live inbox applies meanwhile stays right.
 */
export async function replayTopics(kafka: Kafka, database: ReplayDatabase, municipality: string, onProgress?: ReplayProgress): Promise<ReplayReport> {
  const started = Date.now();
  const topics = replayedTopics(municipality);
  const report: ReplayReport = { topics, events: 0, rejected: 0, batches: 0, millis: 0 };
  await database.query(`TRUNCATE ${FACT_TABLES.map((table) => table.name).join(', ')}`);
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${municipality}.outcomes.replay-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxBytesPerPartition: 8 * 1024 * 1024, maxWaitTimeInMs: 500 });
  try {
    const existing = new Set(await admin.listTopics());
    const { ends: remaining, records } = await endOffsets(admin, topics.filter((topic) => existing.has(topic)));
    if (remaining.size === 0) return { ...report, millis: Date.now() - started };
    let finish: () => void = () => undefined;
    let fail: (error: unknown) => void = () => undefined;
    const done = new Promise<void>((resolve, reject) => ([finish, fail] = [resolve, reject]));
    await consumer.connect();
    await consumer.subscribe({ topics: topics.filter((topic) => existing.has(topic)), fromBeginning: true });
    const apply = async ({ batch, resolveOffset, heartbeat }: EachBatchPayload) => {
      const position = `${batch.topic}/${batch.partition}`;
      const end = remaining.get(position);
      const messages = end === undefined ? [] : batch.messages.filter((message) => BigInt(message.offset) < end);
      if (messages.length === 0) return;
      const { events, rejected } = projectedEvents(messages);
      await inTransaction(database, () => writeFacts(database.query, events));
      Object.assign(report, { events: report.events + events.length, rejected: report.rejected + rejected, batches: report.batches + 1 });
      onProgress?.(messages.length, records);
      const last = (messages.at(-1) as { offset: string }).offset;
      resolveOffset(last);
      await heartbeat();
      if (BigInt(last) + 1n >= (end as bigint)) remaining.delete(position);
      if (remaining.size === 0) finish();
    };
    await consumer.run({ eachBatchAutoResolve: false, eachBatch: (payload) => apply(payload).catch((error: unknown) => (fail(error), Promise.reject(error))) });
    await done;
    return { ...report, millis: Date.now() - started };
  } finally {
    await consumer.disconnect();
    // The group was only this replay's: nothing should find it later.
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
