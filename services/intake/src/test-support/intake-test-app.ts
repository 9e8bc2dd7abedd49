import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { deadLetterTopic, exchangeInboxTopic } from '@tandem/contracts';
import { createKafkaClient } from '@tandem/messaging';
import {
  createTestDatabase,
  DevIssuer,
  readTopic,
  type RunFederation,
  type TestDatabase,
  uniqueName,
  writeRunFederation,
} from '@tandem/devkit';
import { connectExchangeInbox, createServiceApp, exchangeConfigProblems, loadConfig, ServiceConfig } from '@tandem/platform';
import pino from 'pino';
import { IntakeAppModule } from '../app.module';

/** The intake service in-process, on its own real database and topics, with a token issuer for its callers. */
export class IntakeTestApp {
  private constructor(
    readonly app: INestApplication,
    readonly config: ServiceConfig,
    readonly issuer: DevIssuer,
    private readonly database: TestDatabase,
    /** Key and federation files of this node; a pair shares its federation folder, and either removes it. */
    private readonly dirs: string[],
  ) {}

  /** Two nodes of one federation, e.g. to follow a referral from one to the other. */
  static async startPair(): Promise<[IntakeTestApp, IntakeTestApp]> {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-federation-'));
    const ids = [`de-${uniqueName('t')}`, `pl-${uniqueName('t')}`];
    const federation = await writeRunFederation(dir, ids.map(memberSpec));
    const nodes = await Promise.all(ids.map((municipality) => IntakeTestApp.start({}, { municipality, federation })));
    return nodes as [IntakeTestApp, IntakeTestApp];
  }

  /** One node; unless given a federation, it gets one of its own with a partner node that never runs. */
  static async start(
    overrides: Record<string, string> = {},
    node?: { municipality: string; federation: RunFederation },
  ): Promise<IntakeTestApp> {
    const database = await createTestDatabase('intake');
    const keyDir = await mkdtemp(join(tmpdir(), 'tandem-issuer-'));
    const issuer = await DevIssuer.generate();
    await issuer.writeJwks(join(keyDir, 'jwks.json'));
    const municipality = node?.municipality ?? `de-${uniqueName('t')}`;
    const federation =
      node?.federation ?? (await writeRunFederation(keyDir, [municipality, `pl-${uniqueName('t')}`].map(memberSpec)));
    const member = federation.members.find((entry) => entry.id === municipality);
    const config = loadConfig(
      ServiceConfig,
      {
        MUNICIPALITY_ID: municipality,
        COUNTRY_CODE: municipality.slice(0, 2).toUpperCase(),
        FEDERATION_FILE: federation.file,
        NODE_SIGNING_KEY_FILE: member?.privateKeyFile,
        DATABASE_URL: database.url,
        KAFKA_BROKERS: process.env.KAFKA_BROKERS,
        AUTH_JWKS_FILE: join(keyDir, 'jwks.json'),
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        ...overrides,
      },
      exchangeConfigProblems,
    );
    const app = await createServiceApp(IntakeAppModule.forConfig(config), config, { title: 'intake', description: '' });
    await connectExchangeInbox(app);
    await app.startAllMicroservices();
    await app.init();
    return new IntakeTestApp(app, config, issuer, database, [keyDir, dirname(federation.file)]);
  }

  get http(): App {
    return this.app.getHttpServer();
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  token(roles: string[] = ['caseworker'], municipality = this.config.MUNICIPALITY_ID, subject = 'caseworker-anna'): Promise<string> {
    return this.issuer.token({ sub: subject, municipality, roles });
  }

  /** HTTP calls with a bearer token, e.g. `(await intake.as(['admin'])).post('/referrals').send(body)`. */
  client(bearer: string) {
    const call = (method: 'get' | 'post' | 'put' | 'patch') => (path: string) =>
      request(this.http)[method](path).set('Authorization', `Bearer ${bearer}`);
    return { get: call('get'), post: call('post'), put: call('put'), patch: call('patch') };
  }

  async as(roles: string[] = ['caseworker'], subject = 'caseworker-anna') {
    return this.client(await this.token(roles, this.config.MUNICIPALITY_ID, subject));
  }

  async count(table: 'participants' | 'consents' | 'outbox' | 'audit_log' | 'referrals' | 'referral_steps'): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return row.n;
  }

  /** Everything the service published on one of its node-local topics (`participant`, `referral`), as stored in Kafka. */
  readLocalTopic(family: 'participant' | 'referral') {
    return this.readTopic(`${this.config.MUNICIPALITY_ID}.intake.${family}.v1`);
  }

  /** What the exchange inbox of this node moved aside, with the `dlq_*` headers that say why. */
  readExchangeDeadLetters() {
    return this.readTopic(deadLetterTopic(exchangeInboxTopic(this.config.MUNICIPALITY_ID)));
  }

  /** Whether the exchange inbox has applied a message: its effects commit with this row, so they are all visible now. */
  async hasApplied(eventId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM inbox WHERE consumer = 'exchange-inbox' AND event_id = $1`, [eventId]);
    return rows.length > 0;
  }

  private readTopic(topic: string) {
    const kafka = createKafkaClient({
      brokers: this.config.KAFKA_BROKERS.split(','),
      clientId: uniqueName('reader'),
      logger: pino({ level: 'silent' }),
    });
    return readTopic(kafka, topic);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.database.drop();
    await Promise.all(this.dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

function memberSpec(id: string) {
  return { id, country: id.slice(0, 2).toUpperCase(), displayName: id, languages: [id.slice(0, 2)] };
}
