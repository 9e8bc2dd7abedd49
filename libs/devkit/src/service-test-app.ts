import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { DevIssuer } from './dev-issuer';
import { type MunicipalitySpec, type RunFederation, writeRunFederation } from './nodes/federation-files';
import { createTestDatabase, type TestDatabase, uniqueName } from './test-database';

/** The settings a service reads from its environment, as one test node gives them. */
export type ServiceSettings = Record<string, string | undefined>;

export interface ServiceTestAppSpec {
  /** Names the test database. */
  service: string;
  /** Builds and starts the Nest application from settings (config, inboxes, `init()`). */
  create(settings: ServiceSettings): Promise<INestApplication>;
  /** Default: a fresh `de-…` id, with a partner node in its federation that never runs. */
  node?: { municipality: string; federation: RunFederation };
  overrides?: ServiceSettings;
}

/** One service in-process, on its own real database, broker topics and token issuer. Start it with `boot()`. */
export class ServiceTestApp {
  constructor(
    readonly municipality: string,
    readonly app: INestApplication,
    readonly settings: ServiceSettings,
    readonly issuer: DevIssuer,
    private readonly database: TestDatabase,
    /** Key and federation folders; a pair shares its federation folder, and either removes it. */
    private readonly dirs: string[],
  ) {}

  /** Two municipalities of one federation, for specs that follow a message from one node to the other. */
  static async federationOfTwo(): Promise<{ federation: RunFederation; ids: [string, string] }> {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-federation-'));
    const ids: [string, string] = [`de-${uniqueName('t')}`, `pl-${uniqueName('t')}`];
    return { federation: await writeRunFederation(dir, ids.map(memberSpec)), ids };
  }

  /** Called on a subclass, gives an instance of it: `IntakeTestApp.boot(...)` is an IntakeTestApp. */
  static async boot<T extends ServiceTestApp>(this: new (...args: ConstructorParameters<typeof ServiceTestApp>) => T, spec: ServiceTestAppSpec): Promise<T> {
    const database = await createTestDatabase(spec.service);
    const keyDir = await mkdtemp(join(tmpdir(), 'tandem-issuer-'));
    const issuer = await DevIssuer.generate();
    await issuer.writeJwks(join(keyDir, 'jwks.json'));
    const municipality = spec.node?.municipality ?? `de-${uniqueName('t')}`;
    const federation =
      spec.node?.federation ?? (await writeRunFederation(keyDir, [municipality, `pl-${uniqueName('t')}`].map(memberSpec)));
    const member = federation.members.find((entry) => entry.id === municipality);
    const settings: ServiceSettings = {
      MUNICIPALITY_ID: municipality,
      COUNTRY_CODE: municipality.slice(0, 2).toUpperCase(),
      FEDERATION_FILE: federation.file,
      NODE_SIGNING_KEY_FILE: member?.privateKeyFile,
      DATABASE_URL: database.url,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS,
      AUTH_JWKS_FILE: join(keyDir, 'jwks.json'),
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...spec.overrides,
    };
    try {
      const app = await spec.create(settings);
      return new this(municipality, app, settings, issuer, database, [keyDir, dirname(federation.file)]);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }

  get http(): App {
    return this.app.getHttpServer();
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  token(roles: string[], subject: string, municipality = this.municipality): Promise<string> {
    return this.issuer.token({ sub: subject, municipality, roles });
  }

  /** HTTP calls with a bearer token, e.g. `(await app.as(['admin'], 'admin-ola')).post('/programs').send(body)`. */
  client(bearer: string) {
    const call = (method: 'get' | 'post' | 'put' | 'patch' | 'delete') => (path: string) =>
      request(this.http)[method](path).set('Authorization', `Bearer ${bearer}`);
    return { get: call('get'), post: call('post'), put: call('put'), patch: call('patch'), delete: call('delete') };
  }

  async as(roles: string[], subject: string) {
    return this.client(await this.token(roles, subject));
  }

  async count(table: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return row.n;
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.database.drop();
    await Promise.all(this.dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

function memberSpec(id: string): MunicipalitySpec {
  // `.test` is reserved: a test node's issuer URL can never reach anyone's server.
  return { id, country: id.slice(0, 2).toUpperCase(), displayName: id, languages: [id.slice(0, 2)], url: `https://${id}.tandem.test` };
}
