import pino from 'pino';
import type { Static } from '@sinclair/typebox';
import { DataSource } from 'typeorm';
import { type Kafka, Partitioners } from 'kafkajs';
import { type CloudEvent, ContractRegistry, deadLetterTopic, type KafkaRecord } from '@tandem/contracts';
import { createTestDatabase, readTopic, type TestDatabase, uniqueName } from '@tandem/devkit';
import { createKafkaClient } from '../kafka-client';
import { type EventHandler, InboxConsumer, type InboxConsumerOptions } from '../inbox-consumer';
import { InboxSourcePosition1763769600010 } from '../inbox-source-position.migration';
import { MessagingTables1763769600000 } from '../messaging-tables.migration';
import { Outbox } from '../outbox';
import { OutboxRelay, type RelayOptions } from '../outbox-relay';
import { ensureTopics, withDeadLetterTopics } from '../topics';
import { EffectsTable1700000000000, SequenceNotedV1 } from './sequence-noted';

export const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/** One test file's world: its own database, topic (with DLQ) and Kafka client, on real infrastructure. */
export class MessagingHarness {
  readonly registry = new ContractRegistry([SequenceNotedV1]);
  readonly outbox: Outbox;
  private readonly closers: Array<() => Promise<unknown>> = [];

  private constructor(
    readonly database: TestDatabase,
    readonly dataSource: DataSource,
    readonly kafka: Kafka,
    readonly topic: string,
  ) {
    this.outbox = new Outbox({ municipality: 'xx-test', service: 'intake' }, this.registry);
  }

  static async create(label: string, brokers = process.env.KAFKA_BROKERS!.split(',')): Promise<MessagingHarness> {
    const database = await createTestDatabase(label);
    const dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [MessagingTables1763769600000, InboxSourcePosition1763769600010, EffectsTable1700000000000],
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const kafka = createKafkaClient({ brokers, clientId: uniqueName(label), logger });
    const topic = uniqueName(`test.${label}`);
    await ensureTopics(kafka, withDeadLetterTopics([topic]), { partitions: 3, replicationFactor: 1 });
    return new MessagingHarness(database, dataSource, kafka, topic);
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
    await producer.send({ topic: this.topic, acks: -1, messages: records }).finally(() => producer.disconnect());
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
    const consumer = new Consumer({
      name: 'effects-recorder',
      groupId: uniqueName('effects'),
      topics: [this.topic],
      kafka: this.kafka,
      dataSource: this.dataSource,
      registry: this.registry,
      handlers: { [SequenceNotedV1.type]: recordEffect },
      logger,
      initialBackoffMs: 20,
      maxBackoffMs: 200,
      ...options,
    });
    this.closers.push(() => consumer.stop());
    return consumer;
  }

  async unsentCount(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`);
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

let connectionLossDone = false;

/** The effect under test: one row per application of an event. */
export const recordEffect: EventHandler = async (event: CloudEvent, manager) => {
  const data = event.data as Static<typeof SequenceNotedV1.schema>;
  if (data.workMs) await new Promise((resolve) => setTimeout(resolve, data.workMs));
  if (data.failWith === 'always') throw new Error(`handler refuses seq ${data.seq}`);
  if (data.failWith === 'connection-loss-once' && !connectionLossDone) {
    connectionLossDone = true;
    // Really loses the connection mid-transaction, as when PostgreSQL restarts.
    await manager.query('SELECT pg_terminate_backend(pg_backend_pid())');
  }
  await manager.query('INSERT INTO effects (event_id, aggregate, seq) VALUES ($1, $2, $3)', [
    event.id,
    data.aggregate,
    data.seq,
  ]);
};

/** Polls until `check` holds or the time is up; returns whether it held. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 60_000, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return check();
}
