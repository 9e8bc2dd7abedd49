import { Client, Pool, type PoolClient } from 'pg';
import { type Kafka, type Message, type Producer, Partitioners } from 'kafkajs';
import { ClaimedBatch } from './claimed-batch';
import { keysOutOfOrder } from './key-order-guard';
import { bigintArray } from './sql-literals';
import { settle, type Settled, unwrap } from './settled';
import { OUTBOX_CHANNEL } from './messaging-tables.migration';
import { chunksUnder } from './send-chunks';
import type { Logger } from './logger';
import { WakeSignal, backoffMs } from './wake-signal';

export interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  payload: string;
}

export interface RelayOptions {
  databaseUrl: string;
  kafka: Kafka;
  logger: Logger;
  /** Rows claimed per transaction. */
  batchSize?: number;
  /** Safety net when a NOTIFY is missed (listener reconnecting, database restarted). */
  pollIntervalMs?: number;
  maxBackoffMs?: number;
  /** Sent rows are kept this long for inspection, then pruned. */
  sentRetentionMs?: number;
}

export interface RelayStats {
  published: number;
  batches: number;
  /** Failed attempts to publish or mark a batch; each was retried. */
  failures: number;
}

/**
 * The statement claiming the oldest unsent rows, in id order. The batch size (checked when the
 * relay is built) is written into the text so that the claim can share the BEGIN's round trip.
 */
export function claimUnsent(batchSize: number): string {
  return `SELECT id, topic, message_key, headers, payload FROM outbox
       WHERE sent_at IS NULL ORDER BY id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
}

/**
 * Publishes committed outbox rows to Kafka in id order per key, then marks them sent.
 * At least once: a crash between publish and commit publishes a row again; consumers deduplicate by id.
 */
export class OutboxRelay {
  readonly stats: RelayStats = { published: 0, batches: 0, failures: 0 };
  protected readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly sentRetentionMs: number;
  private readonly pool: Pool;
  private readonly notified = new WakeSignal();
  private readonly stopping = new WakeSignal();
  private listener?: Client;
  private producer?: Producer;
  private running = false;
  private loop?: Promise<void>;
  private lastPrune = 0;

  constructor(protected readonly options: RelayOptions) {
    this.batchSize = options.batchSize ?? 1000;
    if (!Number.isSafeInteger(this.batchSize) || this.batchSize < 1) throw new RangeError(`batch size must be a positive integer, not ${this.batchSize}`);
    this.pollIntervalMs = options.pollIntervalMs ?? 5000;
    this.maxBackoffMs = options.maxBackoffMs ?? 5000;
    this.sentRetentionMs = options.sentRetentionMs ?? 7 * 24 * 3600 * 1000;
    this.pool = new Pool({ connectionString: options.databaseUrl, max: 3 });
    // An idle client dying with the database must not crash the process; the next query reconnects.
    this.pool.on('error', (error) => options.logger.warn({ err: error }, 'outbox relay: idle connection lost'));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.notified.wake();
    this.stopping.wake();
    await this.loop;
    await this.producer?.disconnect().catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  private async run(): Promise<void> {
    let failuresInRow = 0;
    while (this.running) {
      try {
        await this.ensureListening();
        const { claimed, published } = await this.drain();
        failuresInRow = 0;
        if (claimed === this.batchSize && published > 0) continue;
        // Keys held by another relay instance free up within one of its batches.
        if (claimed > published) await this.stopping.sleep(50);
        else await this.pruneSentRows().then(() => this.notified.sleep(this.pollIntervalMs));
      } catch (error) {
        failuresInRow++;
        this.stats.failures++;
        this.options.logger.warn({ err: error, failuresInRow }, 'outbox relay: batch failed, will retry');
        await this.discardProducer();
        await this.stopping.sleep(backoffMs(failuresInRow, 100, this.maxBackoffMs));
      }
    }
  }

  /**
   * Publishes batches until one comes back short. Batches overlap so the database and Kafka work at
   * once: while one batch is on its way to Kafka, the batch before it is marked sent and the next one
   * is claimed. A batch is sent only after the one before it was acknowledged, so the next batch may
   * treat the rows of both as published ahead of its own; per-key order holds.
   */
  async drain(): Promise<{ claimed: number; published: number }> {
    const markSent = (client: PoolClient, rows: OutboxRow[]) => this.markSent(client, rows);
    let batch = await this.claim([]);
    let previous: { ids: string[]; committed: Promise<Settled<void>> } = { ids: [], committed: settle(Promise.resolve()) };
    for (;;) {
      const ids = idsOf(batch.publishable);
      const more = this.running && batch.rows.length === this.batchSize && ids.length > 0;
      const next = more ? settle(this.claim([...previous.ids, ...ids])) : undefined;
      const sent = await settle(this.publish(batch));
      const committedBefore = await previous.committed;
      if (!sent.ok || !committedBefore.ok) {
        await batch.rollBack();
        const opened = await next;
        if (opened?.ok) await opened.value.rollBack();
        unwrap(committedBefore);
        unwrap(sent);
      }
      previous = { ids, committed: settle(batch.commit(markSent)) };
      const result = { claimed: batch.rows.length, published: ids.length };
      const opened = await next;
      if (!opened?.ok) {
        unwrap(await previous.committed);
        if (opened) unwrap(opened);
        return result;
      }
      batch = opened.value;
    }
  }

  /** A transaction holding the next unsent rows, with those whose keys may be published now. */
  protected async claim(publishedAhead: string[]): Promise<ClaimedBatch> {
    const batch = await ClaimedBatch.begin(this.pool, this.options.logger, claimUnsent(this.batchSize));
    try {
      const blocked = await keysOutOfOrder(batch.client, batch.rows, publishedAhead);
      batch.hold(batch.rows, batch.rows.filter((row) => !blocked.has(row.message_key)));
      return batch;
    } catch (error) {
      await batch.rollBack();
      throw error;
    }
  }

  /** The batch's publishable rows in id order, in requests the broker accepts; a failure fails the batch. */
  protected async publish(batch: ClaimedBatch): Promise<void> {
    if (batch.publishable.length === 0) return;
    const producer = await this.connectedProducer();
    for (const chunk of chunksUnder(batch.publishable)) {
      const byTopic = new Map<string, Message[]>();
      for (const row of chunk) {
        const messages = byTopic.get(row.topic) ?? [];
        messages.push({ key: row.message_key, value: row.payload, headers: row.headers });
        byTopic.set(row.topic, messages);
      }
      await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
    }
    this.stats.published += batch.publishable.length;
    this.stats.batches++;
  }

  /** Marks the rows sent and commits their transaction, in one round trip. */
  protected async markSent(client: PoolClient, rows: OutboxRow[]): Promise<void> {
    const mark = rows.length > 0 ? `UPDATE outbox SET sent_at = now() WHERE id = ANY (${bigintArray(idsOf(rows))}); ` : '';
    await client.query(`${mark}COMMIT`);
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 3000 },
    });
    await producer.connect();
    this.producer = producer;
    return producer;
  }

  /**
   * After a failed send the producer's sequence numbers may no longer match the broker's;
   * a fresh producer (new producer id) makes the retry a clean at-least-once resend.
   */
  private async discardProducer(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private async ensureListening(): Promise<void> {
    if (this.listener) return;
    const listener = new Client({ connectionString: this.options.databaseUrl });
    const forget = (error?: Error) => {
      if (error) this.options.logger.warn({ err: error }, 'outbox relay: listener lost, polling until it is back');
      if (this.listener === listener) this.listener = undefined;
    };
    listener.on('notification', () => this.notified.wake());
    listener.on('error', forget);
    listener.on('end', () => forget());
    await listener.connect();
    await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.listener = listener;
  }

  private async pruneSentRows(): Promise<void> {
    if (Date.now() - this.lastPrune < 60_000) return;
    this.lastPrune = Date.now();
    await this.pool.query(`DELETE FROM outbox WHERE sent_at < now() - $1::int * interval '1 millisecond'`, [
      this.sentRetentionMs,
    ]);
  }
}

function idsOf(rows: OutboxRow[]): string[] {
  return rows.map((row) => row.id);
}
