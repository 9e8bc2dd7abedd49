import { randomBytes } from 'node:crypto';
import type { Admin, Kafka, KafkaMessage } from 'kafkajs';
import { headersAsStrings } from '../../libs/contracts/src/cloud-event';

/** Offsets `from` (inclusive) to `to` (exclusive) of one partition. */
export interface OffsetRange {
  partition: number;
  from: bigint;
  to: bigint;
}

/** What the list shows of a dead letter: where it is and why, never its payload. */
export interface LetterSummary {
  partition: number;
  offset: string;
  eventId: string;
  type: string;
  reason: string;
  consumer: string;
  failedAt: string;
  attempts: string;
}

export function summaryOf(partition: number, message: KafkaMessage): LetterSummary {
  const headers = headersAsStrings(message.headers);
  const field = (name: string) => headers[name] ?? '-';
  return {
    partition,
    offset: message.offset,
    eventId: field('ce_id'),
    type: field('ce_type'),
    reason: field('dlq_reason'),
    consumer: field('dlq_consumer'),
    failedAt: field('dlq_failed_at'),
    attempts: field('dlq_attempts'),
  };
}

/**
 * Every partition from where `groupId` left off (or the log start) to the end as it is now;
 * letters written meanwhile wait for the next run.
 */
export async function pendingRanges(admin: Admin, topic: string, groupId?: string): Promise<OffsetRange[]> {
  const ends = await admin.fetchTopicOffsets(topic);
  const committed = new Map<number, bigint>();
  if (groupId) {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    for (const { partition, offset } of offsets?.partitions ?? []) if (offset !== '-1') committed.set(partition, BigInt(offset));
  }
  return ends.map(({ partition, low, high }) => {
    const start = BigInt(low);
    const resume = committed.get(partition) ?? start;
    return { partition, from: resume > start ? resume : start, to: BigInt(high) };
  });
}

export function letterCount(ranges: OffsetRange[]): number {
  return ranges.reduce((sum, range) => sum + Number(range.to > range.from ? range.to - range.from : 0n), 0);
}

export type BatchHandler = (partition: number, messages: KafkaMessage[], commit: (next: bigint) => Promise<void>) => Promise<void>;

/**
 * Reads the ranges in order, a batch at a time. With a group, `commit` stores the group's offset;
 * without, a throwaway group reads and commits nothing. A handler's error ends the read.
 */
export async function readRanges(kafka: Kafka, topic: string, ranges: OffsetRange[], onBatch: BatchHandler, groupId?: string): Promise<void> {
  const wanted = ranges.filter((range) => range.from < range.to);
  if (wanted.length === 0) return;
  const group = groupId ?? `tandem-operator-reader-${randomBytes(6).toString('hex')}`;
  const consumer = kafka.consumer({ groupId: group, allowAutoTopicCreation: false, maxWaitTimeInMs: 500 });
  const remaining = new Map(wanted.map((range) => [range.partition, range]));
  const done = settled();
  let failed = false;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, heartbeat }) => {
        const range = remaining.get(batch.partition);
        if (!range || failed) return;
        done.touch();
        const messages = batch.messages.filter((m) => BigInt(m.offset) >= range.from && BigInt(m.offset) < range.to);
        const commit = async (next: bigint) => {
          if (groupId) await consumer.commitOffsets([{ topic, partition: batch.partition, offset: next.toString() }]);
        };
        try {
          if (messages.length > 0) await onBatch(batch.partition, messages, commit);
          await heartbeat();
        } catch (error) {
          failed = true;
          return done.reject(error);
        }
        if (BigInt(batch.lastOffset()) + 1n >= range.to) remaining.delete(batch.partition);
        if (remaining.size === 0) done.resolve();
      },
    });
    for (const range of wanted) consumer.seek({ topic, partition: range.partition, offset: range.from.toString() });
    await done.promise;
  } finally {
    await consumer.disconnect();
  }
}

const IDLE_LIMIT_MS = 60_000;

/** A promise that fails when no batch arrived for a minute (the broker went away, the log was truncated). */
function settled() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  let timer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => reject(new Error(`no records arrived for ${IDLE_LIMIT_MS / 1000} s`)), IDLE_LIMIT_MS);
  };
  touch();
  void promise.then(
    () => clearTimeout(timer),
    () => clearTimeout(timer),
  );
  return { promise, resolve, reject, touch };
}
