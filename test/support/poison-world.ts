import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { Client } from 'pg';
import pino from 'pino';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { type CloudEvent, ContractRegistry, municipalityOfSource } from '@tandem/contracts';
import { DEFAULT_ADMIN_DATABASE_URL, type TestDatabase } from '@tandem/devkit';
import {
  federationEntry,
  generateNodeKey,
  loadFederation,
  MessageRejectedError,
  MessageSigner,
  MessageVerifier,
  renderFederationFile,
} from '@tandem/federation';
import {
  createKafkaClient,
  ensureTopics,
  type EventHandler,
  InboxConsumer,
  type InboxConsumerOptions,
  type Logger,
  type RecordVerifier,
  withDeadLetterTopics,
} from '@tandem/messaging';
import { createMessagingDatabase } from '@tandem/messaging/testing';
import { ItemNotedV1 } from './poison-records';

class Items1700000000001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    // No uniqueness: an event applied twice shows as two rows.
    await runner.query(`CREATE TABLE items (event_id text NOT NULL, item int NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE items`);
  }
}

/** The node's exchange gate, as libs/platform wires it: signature first, then ce_source must name the signer. */
function exchangeVerifier(verifier: MessageVerifier): RecordVerifier {
  return async (record) => {
    try {
      const verified = await verifier.verify(record);
      const claimed = municipalityOfSource(verified.record.headers['ce_source'] ?? '');
      if (claimed !== verified.sender) return { rejected: 'malformed', error: `ce_source names ${claimed}, signed by ${verified.sender}` };
      return { accepted: verified.record };
    } catch (error) {
      if (error instanceof MessageRejectedError) return { rejected: error.reason, error: error.message };
      throw error;
    }
  };
}

/** Counts the consumer's retries of infrastructure failures, which must never end in a dead letter. */
export class CountingLogger implements Logger {
  transientRetries = 0;
  private readonly quiet = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  debug = (obj: object, msg?: string) => this.quiet.debug(obj, msg);
  info = (obj: object, msg?: string) => this.quiet.info(obj, msg);
  error = (obj: object, msg?: string) => this.quiet.error(obj, msg);
  warn = (obj: object, msg?: string) => {
    if ((obj as { transient?: boolean }).transient === true) this.transientRetries++;
    this.quiet.warn(obj, msg);
  };
}

/**
 * One receiving node's exchange inbox on real Kafka and PostgreSQL: a one-partition
 * `xb.<receiver>.inbox.v1` (and its .dlq), a database with the inbox tables, and a sender
 * whose key the federation lists.
 */
export class PoisonWorld {
  readonly logger = new CountingLogger();
  readonly registry = new ContractRegistry([ItemNotedV1]);
  private constructor(
    readonly receiver: string,
    readonly topic: string,
    readonly signer: MessageSigner,
    readonly verify: RecordVerifier,
    readonly database: TestDatabase,
    readonly dataSource: DataSource,
    readonly kafka: Kafka,
  ) {}

  static async create(brokers: string): Promise<PoisonWorld> {
    const suffix = randomBytes(4).toString('hex');
    const [sender, receiver] = [`de-poison-${suffix}`, `pl-poison-${suffix}`];
    const senderKey = await generateNodeKey();
    const receiverKey = await generateNodeKey();
    const entries = [
      federationEntry({ id: sender, country: 'DE', displayName: sender, languages: ['de'], keys: [senderKey] }),
      federationEntry({ id: receiver, country: 'PL', displayName: receiver, languages: ['pl'], keys: [receiverKey] }),
    ];
    const federation = loadFederation({ text: renderFederationFile(entries), origin: 'poison federation' });
    const signer = await MessageSigner.create({ municipality: sender, privateKey: senderKey, federation });
    const { database, dataSource } = await createMessagingDatabase('poison', [Items1700000000001], pino({ level: 'silent' }));
    const kafka = createKafkaClient({ brokers: brokers.split(','), clientId: `poison-${suffix}`, logger: pino({ level: 'silent' }) });
    const topic = federation.inboxTopic(receiver);
    await ensureTopics(kafka, withDeadLetterTopics([topic]), { partitions: 1, replicationFactor: 1 });
    return new PoisonWorld(receiver, topic, signer, exchangeVerifier(new MessageVerifier(federation, receiver)), database, dataSource, kafka);
  }

  /** The exchange inbox of intake, named and grouped as a node names it. */
  consumer(handler: EventHandler, Consumer: typeof InboxConsumer = InboxConsumer, dataSource = this.dataSource): InboxConsumer {
    return new Consumer({
      name: 'exchange-inbox',
      groupId: this.groupId,
      topics: [this.topic],
      kafka: this.kafka,
      dataSource,
      registry: this.registry,
      handlers: { [ItemNotedV1.type]: handler },
      logger: this.logger,
      verify: this.verify,
      rejectReplays: true,
      maxAttempts: 3,
      initialBackoffMs: 10,
      maxBackoffMs: 200,
    });
  }

  /** True when the inbox's group has committed every record the topic holds: nothing left to apply. */
  async caughtUp(): Promise<boolean> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const [[end], [committed]] = await Promise.all([
        admin.fetchTopicOffsets(this.topic),
        admin.fetchOffsets({ groupId: this.groupId, topics: [this.topic] }).then(([t]) => t.partitions),
      ]);
      return committed !== undefined && committed.offset === end.high;
    } finally {
      await admin.disconnect();
    }
  }

  get groupId(): string {
    return `${this.receiver}.intake.exchange-inbox`;
  }

  /** Applied items, each row one application. */
  async items(): Promise<Array<{ event_id: string; item: number }>> {
    return this.dataSource.query(`SELECT event_id, item FROM items`);
  }

  /**
   * The consumer's database unreachable for `ms`: every connection to it, old or new, is ended as
   * soon as it appears, as while PostgreSQL restarts. Returns how many were ended.
   */
  async outage(ms: number): Promise<number> {
    const admin = new Client({ connectionString: process.env.TANDEM_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_DATABASE_URL });
    await admin.connect();
    let ended = 0;
    try {
      for (const stop = Date.now() + ms; Date.now() < stop; await new Promise((resolve) => setTimeout(resolve, 10))) {
        const { rows } = await admin.query(
          `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [this.database.name],
        );
        ended += rows[0].n;
      }
      return ended;
    } finally {
      await admin.end();
    }
  }

  async close(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: withDeadLetterTopics([this.topic]) }).finally(() => admin.disconnect());
    await this.dataSource.destroy().catch(() => undefined);
    await this.database.drop();
  }
}

/** Records one row per application; throws for `failWith: 'always'` until `fixed` says the bug is gone. */
export function itemHandler(fixed: () => boolean): EventHandler {
  return async (event: CloudEvent, manager) => {
    const data = event.data as { item: number; failWith?: string };
    if (data.failWith === 'always' && !fixed()) throw new Error(`handler cannot apply item ${data.item}`);
    await manager.query(`INSERT INTO items (event_id, item) VALUES ($1, $2)`, [event.id, data.item]);
  };
}

/** A broken consumer, to show the suite can fail: it moves past a poison message without writing its dead letter. */
export class DropsDeadLetters extends InboxConsumer {
  constructor(options: InboxConsumerOptions) {
    super(options);
    Object.assign(this, { deadLetter: async () => undefined });
  }
}

/**
 * A broken variant, to show the outage check can fail: database errors rethrown without their code,
 * so an outage looks like a message that can never be applied.
 */
export function hidingDatabaseErrors(dataSource: DataSource): DataSource {
  const transaction = (work: (manager: EntityManager) => Promise<unknown>) =>
    dataSource.transaction(work).catch((error: { code?: string }) => {
      throw new Error(`could not apply (${error.code ?? 'no code'})`);
    });
  return new Proxy(dataSource, { get: (target, name, receiver) => (name === 'transaction' ? transaction : Reflect.get(target, name, receiver)) });
}
