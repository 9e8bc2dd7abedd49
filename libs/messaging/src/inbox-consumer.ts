import type { DataSource, EntityManager } from 'typeorm';
import { type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage, type Producer, Partitioners } from 'kafkajs';
import type { CloudEvent, ContractRegistry } from '@tandem/contracts';
import { type DeadLetter, deadLetterRecord } from './dead-letter';
import { inConsumerSpan } from './trace-context';
import { decodeRecord, kafkaRecordOf } from './inbox-decode';
import { type Delivery, type RecordPosition, recordDelivery } from './inbox-record';
import type { Logger } from './logger';
import type { RecordVerifier } from './record-verifier';
import { GaveUp, RetryStopped, type RetryPolicy, retrying } from './retry';
import { WakeSignal } from './wake-signal';

/** Applies one event inside the transaction that also records it in the inbox. */
export type EventHandler = (event: CloudEvent, manager: EntityManager) => Promise<void>;

export interface InboxConsumerOptions {
  /** The inbox key of this consumer: never rename it once deployed, or every event is applied again. */
  name: string;
  groupId: string;
  topics: string[];
  kafka: Kafka;
  dataSource: DataSource;
  registry: ContractRegistry;
  /** Handlers by CloudEvents type; events of other types on the topics are skipped. */
  handlers: Record<string, EventHandler>;
  logger: Logger;
  /** Tries for a handler or verifier failure that is not transient before the message is dead-lettered. */
  maxAttempts?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** How long the group waits for a heartbeat before it hands the partitions to another member. */
  sessionTimeoutMs?: number;
  /** Partitions applied at the same time; order holds within each partition, so per key. Default 1. */
  partitionsConcurrently?: number;
  /** Runs on every record before decoding; a rejected record is dead-lettered at once, without retries. */
  verify?: RecordVerifier;
  /**
   * Dead-letters, as `replayed`, an event id this consumer already applied from another record.
   * Off: such copies are skipped as duplicates. Only for topics that carry each event once.
   */
  rejectReplays?: boolean;
}

export interface ConsumerStats {
  applied: number;
  duplicates: number;
  skipped: number;
  deadLettered: number;
  retries: number;
  /** Times this consumer joined its group; more than one means rebalances. */
  groupJoins: number;
  /** Consumers started anew after kafkajs gave one up on an error it does not retry. */
  restarts: number;
  /** Events already applied from another record, dead-lettered as `replayed` (also counted in deadLettered). */
  replaysRejected: number;
}

type Letter = Pick<DeadLetter, 'reason' | 'error' | 'attempts'>;

/**
 * Consumes with effectively-once effects: the inbox row and the handler's writes commit together,
 * so a redelivered event changes nothing. Transient failures are retried until they pass; other
 * failures are retried `maxAttempts` times, then the message goes to `<topic>.dlq` and the partition moves on.
 * A verifier's rejection, and with `rejectReplays` an event id already applied from another record,
 * go to `<topic>.dlq` at once.
 */
export class InboxConsumer {
  readonly stats: ConsumerStats = { applied: 0, duplicates: 0, skipped: 0, deadLettered: 0, retries: 0, groupJoins: 0, restarts: 0, replaysRejected: 0 };
  private readonly stopping = new WakeSignal();
  private stopped = false;
  private heartbeatIntervalMs = 3000;
  private consumer?: Consumer;
  private producer?: Producer;

  constructor(protected readonly options: InboxConsumerOptions) {}

  async start(): Promise<void> {
    const { kafka, sessionTimeoutMs = 30_000 } = this.options;
    this.heartbeatIntervalMs = Math.min(3000, sessionTimeoutMs / 3);
    this.producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    await this.producer.connect();
    await this.runConsumer();
  }

  private async runConsumer(): Promise<void> {
    const { kafka, groupId, topics, sessionTimeoutMs = 30_000 } = this.options;
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: sessionTimeoutMs,
      heartbeatInterval: this.heartbeatIntervalMs,
      // An idle fetch waits this long for data; stopping waits for it, so keep shutdown quick.
      maxWaitTimeInMs: 1000,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => this.stats.groupJoins++);
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.restartAfterCrash(consumer, payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachBatchAutoResolve: false,
      // Commit what was applied at least every second, not only at the end of a batch: a crash then redelivers less.
      autoCommitInterval: 1000,
      partitionsConsumedConcurrently: this.options.partitionsConcurrently ?? 1,
      eachBatch: (payload) => this.processBatch(payload),
    });
  }

  /**
   * kafkajs gives a consumer up for good on an error it does not retry, such as no group
   * coordinator yet while a restarted broker settles; left alone, the inbox would stop reading
   * while the service runs on. A new consumer joins the group after a pause, until one holds.
   */
  private restartAfterCrash(crashed: Consumer, error: Error, delayMs = 1000): void {
    if (this.stopped) return;
    this.options.logger.error({ err: error, consumer: this.options.name }, 'consumer: kafka client gave up; starting a new one');
    setTimeout(() => {
      if (this.stopped) return;
      this.stats.restarts++;
      crashed
        .disconnect()
        .catch(() => undefined)
        .then(() => this.runConsumer())
        .catch((failure: Error) => this.restartAfterCrash(this.consumer ?? crashed, failure, Math.min(delayMs * 2, 30_000)));
    }, delayMs);
  }

  /** Stops fetching, lets the current message finish, commits what was applied, and disconnects. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.wake();
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  private async processBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    // kafkajs heartbeats only when asked; a slow handler must not get the consumer thrown out of its group.
    // Asked four times per interval: kafkajs skips a heartbeat asked for less than an interval after the
    // last one's answer, so asking once per interval sent one every two intervals (4 s of a 6 s session).
    const beat = setInterval(() => heartbeat().catch(() => undefined), this.heartbeatIntervalMs / 4);
    try {
      for (const message of batch.messages) {
        if (this.stopped || !isRunning() || isStale()) break;
        const done = await this.processMessage(batch.topic, batch.partition, message);
        if (!done) break;
        resolveOffset(message.offset);
        await commitOffsetsIfNecessary();
      }
    } finally {
      clearInterval(beat);
    }
  }

  /** Returns false only when stopping interrupted a retry; the message is then redelivered later. */
  private async processMessage(topic: string, partition: number, message: KafkaMessage): Promise<boolean> {
    try {
      const letter = await this.process({ topic, partition, offset: message.offset }, message);
      if (letter) await this.deadLetter({ topic, partition, message, ...letter });
      return true;
    } catch (error) {
      if (error instanceof RetryStopped) return false;
      throw error;
    }
  }

  /** Applies, skips or ignores the record; otherwise returns why it goes to the dead-letter topic. */
  private async process(position: RecordPosition, message: KafkaMessage): Promise<Letter | undefined> {
    let record = kafkaRecordOf(message);
    const { verify, handlers, registry } = this.options;
    if (verify) {
      const verdict = await retrying(() => verify(record), this.retryPolicy(position));
      if (verdict instanceof GaveUp) return { reason: 'verifier-failed', ...verdict };
      if ('rejected' in verdict) return { reason: verdict.rejected, error: verdict.error, attempts: 0 };
      record = verdict.accepted;
    }
    const decoded = decodeRecord(record, handlers, registry);
    if ('skip' in decoded) {
      this.stats.skipped++;
      return undefined;
    }
    if (!('event' in decoded)) return { ...decoded, attempts: 0 };
    const { event, handler } = decoded;
    const applied = await retrying(() => this.apply(event, handler, position), this.retryPolicy(position));
    return applied instanceof GaveUp ? { reason: 'handler-failed', ...applied } : applied;
  }

  private retryPolicy(position: RecordPosition): RetryPolicy {
    const { maxAttempts = 5, initialBackoffMs = 200, maxBackoffMs = 10_000, logger, name } = this.options;
    const onRetry = (err: unknown, transient: boolean, failures: number) => {
      this.stats.retries++;
      logger.warn({ err, consumer: name, ...position, transient, failures }, 'consumer: processing a record failed, will retry');
    };
    return { maxAttempts, initialBackoffMs, maxBackoffMs, stopping: this.stopping, isStopping: () => this.stopped, onRetry };
  }

  /** The handler runs only for a first delivery, so a replay rejected here has committed no effect. */
  private async apply(event: CloudEvent, handler: EventHandler, position: RecordPosition): Promise<Letter | undefined> {
    const delivery = await inConsumerSpan(event, position.topic, this.options.name, () =>
      this.options.dataSource.transaction(async (manager) => {
        const delivery = await this.recordDelivery(manager, event, position);
        if (delivery.kind === 'first') await handler(event, manager);
        return delivery;
      }),
    );
    if (delivery.kind === 'replay' && this.options.rejectReplays) {
      const { topic, partition, offset } = delivery.appliedFrom;
      return { reason: 'replayed', error: `event ${event.id} was applied from ${topic}/${partition}@${offset}`, attempts: 0 };
    }
    if (delivery.kind === 'first') this.stats.applied++;
    else this.stats.duplicates++;
    return undefined;
  }

  protected recordDelivery(manager: EntityManager, event: CloudEvent, position: RecordPosition): Promise<Delivery> {
    return recordDelivery(manager, this.options.name, event, position);
  }

  private async deadLetter(letter: Omit<DeadLetter, 'consumer'>): Promise<void> {
    if (!this.producer) throw new Error('consumer is not started');
    const record = deadLetterRecord({ ...letter, consumer: this.options.name }, new Date());
    await this.producer.send({ ...record, acks: -1 });
    this.stats.deadLettered++;
    if (letter.reason === 'replayed') this.stats.replaysRejected++;
    this.options.logger.error(
      { consumer: this.options.name, topic: letter.topic, offset: letter.message.offset, reason: letter.reason },
      'consumer: message moved to the dead-letter topic',
    );
  }
}
