import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { createKafkaClient } from '@tandem/messaging';
import { createTestDatabase, DevIssuer, readTopic, type TestDatabase, uniqueName } from '@tandem/devkit';
import { createServiceApp, loadConfig, ServiceConfig, serviceConfigProblems } from '@tandem/platform';
import pino from 'pino';
import { IntakeAppModule } from '../app.module';

/** The intake service in-process, on its own real database and topics, with a token issuer for its callers. */
export class IntakeTestApp {
  private constructor(
    readonly app: INestApplication,
    readonly config: ServiceConfig,
    readonly issuer: DevIssuer,
    private readonly database: TestDatabase,
    private readonly keyDir: string,
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<IntakeTestApp> {
    const database = await createTestDatabase('intake');
    const keyDir = await mkdtemp(join(tmpdir(), 'tandem-issuer-'));
    const issuer = await DevIssuer.generate();
    await issuer.writeJwks(join(keyDir, 'jwks.json'));
    const config = loadConfig(
      ServiceConfig,
      {
        MUNICIPALITY_ID: `de-${uniqueName('t')}`,
        COUNTRY_CODE: 'DE',
        DATABASE_URL: database.url,
        KAFKA_BROKERS: process.env.KAFKA_BROKERS,
        AUTH_JWKS_FILE: join(keyDir, 'jwks.json'),
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        ...overrides,
      },
      serviceConfigProblems,
    );
    const app = await createServiceApp(IntakeAppModule.forConfig(config), config, { title: 'intake', description: '' });
    await app.init();
    return new IntakeTestApp(app, config, issuer, database, keyDir);
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

  async count(table: 'participants' | 'consents' | 'outbox' | 'audit_log'): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return row.n;
  }

  /** Everything the service published on its participant topic, as stored in Kafka. */
  readParticipantTopic() {
    const kafka = createKafkaClient({
      brokers: this.config.KAFKA_BROKERS.split(','),
      clientId: uniqueName('reader'),
      logger: pino({ level: 'silent' }),
    });
    return readTopic(kafka, `${this.config.MUNICIPALITY_ID}.intake.participant.v1`);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.database.drop();
    await rm(this.keyDir, { recursive: true, force: true });
  }
}
