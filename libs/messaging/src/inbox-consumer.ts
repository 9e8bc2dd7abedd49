import type { DataSource, EntityManager } from 'typeorm';
import { type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage, type Producer, Partitioners } from 'kafkajs';
import {
  type CloudEvent,
  type ContractRegistry,
  ContractViolationError,
  fromKafkaRecord,
  headersAsStrings,
} from '@tandem/contracts';
import { type DeadLetter, deadLetterRecord } from './dead-letter';
import type { Logger } from './logger';
import { isTransient } from './transient-error';
import { WakeSignal, backoffMs } from './wake-signal';

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
  /** Tries for a handler failure that is not transient before the message is dead-lettered. */
  maxAttempts?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** How long the group waits for a heartbeat before it hands the partitions to another member. */
  sessionTimeoutMs?: number;
}

export interface ConsumerStats {
  applied: number;
  duplicates: number;
  skipped: number;
  deadLettered: number;
  retries: number;
  /** Times this consumer joined its group; more than one means rebalances. */
  groupJoins: number;
}

type Decoded = { event: CloudEvent; handler: EventHandler } | { skip: true } | Pick<DeadLetter, 'reason' | 'error'>;

/**
 * Consumes with effectively-once effects: the inbox row and the handler's writes commit together,
 * so a redelivered event changes nothing. Transient failures are retried until they pass; other
 * failures are retried `maxAttempts` times, then the message goes to `<topic>.dlq` and the partition moves on.
 */
export class InboxConsumer {
  readonly stats: ConsumerStats = { applied: 0, duplicates: 0, skipped: 0, deadLettered: 0, retries: 0, groupJoins: 0 };
  private readonly stopping = new WakeSignal();
  private stopped = false;
  private heartbeatIntervalMs = 3000;
  private consumer?: Consumer;
  private producer?: Producer;

  constructor(protected readonly options: InboxConsumerOptions) {}

  async start(): Promise<void> {
    const { kafka, groupId, topics, sessionTimeoutMs = 30_000 } = this.options;
    this.heartbeatIntervalMs = Math.min(3000, sessionTimeoutMs / 3);
    this.consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: sessionTimeoutMs,
      heartbeatInterval: this.heartbeatIntervalMs,
      // An idle fetch waits this long for data; stopping waits for it, so keep shutdown quick.
      maxWaitTimeInMs: 1000,
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => this.stats.groupJoins++);
    this.producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({ eachBatchAutoResolve: false, eachBatch: (payload) => this.processBatch(payload) });
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
    const beat = setInterval(() => heartbeat().catch(() => undefined), this.heartbeatIntervalMs);
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
    const decoded = this.decode(message);
    if ('skip' in decoded) {
      this.stats.skipped++;
      return true;
    }
    if (!('event' in decoded)) {
      await this.deadLetter({ topic, partition, message, attempts: 0, ...decoded });
      return true;
    }
    const { maxAttempts = 5, initialBackoffMs = 200, maxBackoffMs = 10_000 } = this.options;
    let failures = 0;
    let transientFailures = 0;
    for (;;) {
      try {
        await this.apply(decoded.event, decoded.handler);
        return true;
      } catch (error) {
        if (this.stopped) return false;
        const transient = isTransient(error);
        if (transient) transientFailures++;
        else failures++;
        if (!transient && failures >= maxAttempts) {
          const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          await this.deadLetter({ topic, partition, message, reason: 'handler-failed', error: text, attempts: failures });
          return true;
        }
        this.stats.retries++;
        this.options.logger.warn(
          { err: error, consumer: this.options.name, eventId: decoded.event.id, transient, failures },
          'consumer: applying an event failed, will retry',
        );
        await this.stopping.sleep(backoffMs(transient ? transientFailures : failures, initialBackoffMs, maxBackoffMs));
      }
    }
  }

  private decode(message: KafkaMessage): Decoded {
    let event: CloudEvent;
    try {
      event = fromKafkaRecord({
        key: message.key?.toString() ?? '',
        value: message.value?.toString() ?? '',
        headers: headersAsStrings(message.headers),
      });
    } catch (error) {
      return { reason: 'invalid-envelope', error: (error as Error).message };
    }
    const handler = this.options.handlers[event.type];
    if (!handler) return { skip: true };
    try {
      this.options.registry.assertValid(event.type, event.data);
    } catch (error) {
      if (!(error instanceof ContractViolationError)) throw error;
      return { reason: 'contract-violation', error: error.message };
    }
    return { event, handler };
  }

  private async apply(event: CloudEvent, handler: EventHandler): Promise<void> {
    const applied = await this.options.dataSource.transaction(async (manager) => {
      if (!(await this.recordDelivery(manager, event))) return false;
      await handler(event, manager);
      return true;
    });
    if (applied) this.stats.applied++;
    else this.stats.duplicates++;
  }

  /** True when this consumer sees the event for the first time. */
  protected async recordDelivery(manager: EntityManager, event: CloudEvent): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO inbox (consumer, event_id, event_type) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.options.name, event.id, event.type],
    );
    return inserted.length === 1;
  }

  private async deadLetter(letter: Omit<DeadLetter, 'consumer'>): Promise<void> {
    if (!this.producer) throw new Error('consumer is not started');
    const record = deadLetterRecord({ ...letter, consumer: this.options.name }, new Date());
    await this.producer.send({ ...record, acks: -1 });
    this.stats.deadLettered++;
    this.options.logger.error(
      { consumer: this.options.name, topic: letter.topic, offset: letter.message.offset, reason: letter.reason },
      'consumer: message moved to the dead-letter topic',
    );
  }
}
