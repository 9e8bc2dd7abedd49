import pino from 'pino';
import { type Static, Type } from '@sinclair/typebox';
import type { Kafka } from 'kafkajs';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ContractRegistry, defineEvent } from '@tandem/contracts';
import { createTestDatabase, type TestDatabase, uniqueName } from '@tandem/devkit';
import {
  createKafkaClient,
  ensureTopics,
  type EventHandler,
  InboxConsumer,
  type InboxConsumerOptions,
  InboxSourcePosition1763769600010,
  MessagingTables1763769600000,
  Outbox,
  OutboxRelay,
  type RelayOptions,
  withDeadLetterTopics,
} from '@tandem/messaging';

/** Fault suites only: the n-th command on one aggregate, so the ledger can check count and order. */
export const StepTakenV1 = defineEvent({
  service: 'intake',
  family: 'fault-step',
  name: 'fault-step-taken',
  version: 1,
  description: 'Fault suites only: the n-th command applied to an aggregate.',
  schema: Type.Object({ aggregate: Type.String({ minLength: 1 }), seq: Type.Integer({ minimum: 0 }) }),
  example: { aggregate: 'agg-0', seq: 0 },
});
export type Step = Static<typeof StepTakenV1.schema>;

export const registry = new ContractRegistry([StepTakenV1]);
export const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/** One row per application, numbered in the order applied: a duplicate is a second row, a reordering a falling seq. */
export class AppliedSteps1700000000001 implements MigrationInterface {
  name = 'AppliedSteps1700000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE effects (applied bigserial PRIMARY KEY, event_id text NOT NULL, aggregate text NOT NULL, seq int NOT NULL)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE effects`);
  }
}

/** The effect: runs inside the inbox transaction, so it commits exactly when the inbox row does. */
export const applyStep: EventHandler = async (event, manager) => {
  const step = event.data as Step;
  await manager.query('INSERT INTO effects (event_id, aggregate, seq) VALUES ($1, $2, $3)', [event.id, step.aggregate, step.seq]);
};

/** One suite run's world: its own database, topic (with DLQ) and Kafka client on a broker of its own. */
export class FaultWorld {
  readonly outbox = new Outbox({ municipality: 'xx-test', service: 'intake' }, registry);
  private readonly closers: Array<() => Promise<unknown>> = [];

  private constructor(
    readonly database: TestDatabase,
    readonly dataSource: DataSource,
    readonly kafka: Kafka,
    readonly topic: string,
  ) {}

  static async create(label: string, brokers: string[]): Promise<FaultWorld> {
    const database = await createTestDatabase(label);
    const dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [MessagingTables1763769600000, InboxSourcePosition1763769600010, AppliedSteps1700000000001],
    });
    try {
      await dataSource.initialize();
      await dataSource.runMigrations();
      const kafka = createKafkaClient({ brokers, clientId: uniqueName(label), logger });
      const topic = uniqueName(`test.${label}`);
      await ensureTopics(kafka, withDeadLetterTopics([topic]), { partitions: 3, replicationFactor: 1 });
      return new FaultWorld(database, dataSource, kafka, topic);
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
      throw error;
    }
  }

  /** One command: a transaction writing one outbox row; acknowledged (returns its event id) once committed. */
  async command(step: Step): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.outbox.add(manager, { contract: StepTakenV1, subject: step.aggregate, data: step, topic: this.topic });
      return event.id;
    });
  }

  relay(options: Partial<RelayOptions> = {}, Relay: typeof OutboxRelay = OutboxRelay): OutboxRelay {
    const relay = new Relay({ databaseUrl: this.database.url, kafka: this.kafka, logger, ...options });
    this.closers.push(() => relay.stop());
    return relay;
  }

  consumer(options: Partial<InboxConsumerOptions> = {}): InboxConsumer {
    const consumer = new InboxConsumer({
      name: 'steps',
      groupId: uniqueName('steps'),
      topics: [this.topic],
      kafka: this.kafka,
      dataSource: this.dataSource,
      registry,
      handlers: { [StepTakenV1.type]: applyStep },
      logger,
      initialBackoffMs: 20,
      maxBackoffMs: 500,
      ...options,
    });
    this.closers.push(() => consumer.stop());
    return consumer;
  }

  async count(sql: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT (${sql})::int AS n`);
    return row.n;
  }

  async close(): Promise<void> {
    for (const close of this.closers.reverse()) await close().catch(() => undefined);
    await this.dataSource.destroy();
    await this.database.drop();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds or the time is up; returns whether it held. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(everyMs);
  }
  return check();
}
