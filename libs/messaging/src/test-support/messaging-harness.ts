import pino from 'pino';
import type { Static } from '@sinclair/typebox';
import type { DataSource } from 'typeorm';
import { type Kafka, Partitioners } from 'kafkajs';
import { ContractRegistry, deadLetterTopic, type KafkaRecord } from '@tandem/contracts';
import { readTopic, type TestDatabase, uniqueName } from '@tandem/devkit';
import { createKafkaClient } from '../kafka-client';
import { InboxConsumer, type InboxConsumerOptions } from '../inbox-consumer';
import { Outbox } from '../outbox';
import { OutboxRelay, type RelayOptions } from '../outbox-relay';
import { ensureTopics, withDeadLetterTopics } from '../topics';
import { createMessagingDatabase } from './messaging-database';
import { EffectsTable1700000000000, recordEffect, SequenceNotedV1 } from './sequence-noted';

export const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const registry = new ContractRegistry([SequenceNotedV1]);
// Records per producer request: thousands of small test records stay well under the broker's request size.
const PUBLISH_CHUNK = 1000;

/** The consumer under test, wherever it runs: applies SequenceNoted events with recordEffect, retrying quickly. */
export function effectsConsumerOptions(kafka: Kafka, dataSource: DataSource, topic: string): InboxConsumerOptions {
  return {
    name: 'effects-recorder',
    groupId: uniqueName('effects'),
    topics: [topic],
    kafka,
    dataSource,
    registry,
    handlers: { [SequenceNotedV1.type]: recordEffect },
    logger,
    initialBackoffMs: 20,
    maxBackoffMs: 200,
  };
}

/** One test's world: its own database, topic (with DLQ) and Kafka client, on real infrastructure. */
export class MessagingHarness {
  readonly registry = registry;
  readonly outbox = new Outbox({ municipality: 'xx-test', service: 'intake' }, registry);
  private readonly closers: Array<() => Promise<unknown>> = [];

  constructor(
    readonly database: TestDatabase,
    readonly dataSource: DataSource,
    readonly kafka: Kafka,
    readonly topic: string,
  ) {}

  /** Creates the world of this class or of a subclass adding its own ways to drive it. */
  static async create<World extends MessagingHarness>(
    this: new (...parts: ConstructorParameters<typeof MessagingHarness>) => World,
    label: string,
    brokers = process.env.KAFKA_BROKERS!.split(','),
  ): Promise<World> {
    const { database, dataSource } = await createMessagingDatabase(label, [EffectsTable1700000000000], logger);
    try {
      const kafka = createKafkaClient({ brokers, clientId: uniqueName(label), logger });
      const topic = uniqueName(`test.${label}`);
      await ensureTopics(kafka, withDeadLetterTopics([topic]), { partitions: 3, replicationFactor: 1 });
      return new this(database, dataSource, kafka, topic);
    } catch (error) {
      await dataSource.destroy();
      await database.drop();
      throw error;
    }
  }

  /** Writes one SequenceNoted event per item, each batch in one transaction. */
  async write(events: Array<Static<typeof SequenceNotedV1.schema>>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const data of events) {
        await this.outbox.add(manager, { contract: SequenceNotedV1, subject: data.aggregate, data, topic: this.topic });
      }
    });
  }

  /** Publishes records straight to the topic, in order, as another node or a replaying attacker would. */
  async publish(records: KafkaRecord[]): Promise<void> {
    const producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    try {
      for (let start = 0; start < records.length; start += PUBLISH_CHUNK) {
        await producer.send({ topic: this.topic, acks: -1, messages: records.slice(start, start + PUBLISH_CHUNK) });
      }
    } finally {
      await producer.disconnect();
    }
  }

  /** Runs `close` when the harness closes, before the database goes. */
  defer(close: () => Promise<unknown>): void {
    this.closers.push(close);
  }

  relay(options: Partial<RelayOptions> = {}, Relay: typeof OutboxRelay = OutboxRelay): OutboxRelay {
    const relay = new Relay({ databaseUrl: this.database.url, kafka: this.kafka, logger, ...options });
    this.closers.push(() => relay.stop());
    return relay;
  }

  consumer(options: Partial<InboxConsumerOptions> = {}, Consumer: typeof InboxConsumer = InboxConsumer): InboxConsumer {
    const consumer = new Consumer({ ...effectsConsumerOptions(this.kafka, this.dataSource, this.topic), ...options });
    this.closers.push(() => consumer.stop());
    return consumer;
  }

  unsentCount(): Promise<number> {
    return this.count('SELECT count(*) FROM outbox WHERE sent_at IS NULL');
  }

  /** The single number `sql` selects. */
  async count(sql: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT (${sql})::int AS n`);
    return row.n;
  }

  async effects(): Promise<{ total: number; distinct: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(DISTINCT event_id)::int AS distinct FROM effects`,
    );
    return row;
  }

  readTopic(topic = this.topic) {
    return readTopic(this.kafka, topic);
  }

  readDeadLetters() {
    return readTopic(this.kafka, deadLetterTopic(this.topic));
  }

  async close(): Promise<void> {
    for (const close of this.closers.reverse()) await close().catch(() => undefined);
    await this.dataSource.destroy();
    await this.database.drop();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds or the time is up; returns whether it held. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 60_000, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(everyMs);
  }
  return check();
}
