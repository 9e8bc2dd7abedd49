import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import {
  builtServiceEntry,
  createTestDatabase,
  DevIssuer,
  freePort,
  readTopic,
  ServiceProcess,
  type TestDatabase,
  uniqueName,
  waitUntilReady,
  writeRunFederation,
} from '@tandem/devkit';
import { createKafkaClient } from '@tandem/messaging';

const olena = {
  givenName: 'Olena',
  familyName: 'Kovalenko',
  dateOfBirth: '1994-03-17',
  gender: 'female',
  residenceMunicipality: 'de-goerlitz',
  status: 'refugee',
  languages: [{ code: 'uk', level: 'C2' }],
};

describe('the intake service as its own process', () => {
  let database: TestDatabase;
  let keyDir: string;
  let issuer: DevIssuer;

  beforeAll(async () => {
    database = await createTestDatabase('intake_process');
    keyDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-'));
    issuer = await DevIssuer.generate();
    await issuer.writeJwks(join(keyDir, 'jwks.json'));
  }, 300_000);

  afterAll(async () => {
    await database.drop();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('refuses to start with bad configuration, naming each wrong setting', async () => {
    const service = ServiceProcess.start('intake', builtServiceEntry('intake'), {
      PATH: process.env.PATH,
      COUNTRY_CODE: 'Germany',
      KAFKA_BROKERS: 'not a broker list',
    });
    expect(await service.exited).toEqual({ code: 1, signal: null });
    for (const setting of ['MUNICIPALITY_ID', 'COUNTRY_CODE', 'DATABASE_URL', 'KAFKA_BROKERS', 'FEDERATION_FILE', 'NODE_SIGNING_KEY']) {
      expect(service.recentOutput).toContain(setting);
    }
  });

  it('serves a caseworker, publishes the event, and stops on SIGTERM', async () => {
    const municipality = `de-${uniqueName('e2e')}`;
    const federation = await writeRunFederation(keyDir, [{ id: municipality, country: 'DE', displayName: 'E2E', languages: ['de'] }]);
    const port = await freePort();
    const service = ServiceProcess.start('intake', builtServiceEntry('intake'), {
      PATH: process.env.PATH,
      MUNICIPALITY_ID: municipality,
      COUNTRY_CODE: 'DE',
      PORT: String(port),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS,
      AUTH_JWKS_FILE: join(keyDir, 'jwks.json'),
      FEDERATION_FILE: federation.file,
      NODE_SIGNING_KEY_FILE: federation.members[0].privateKeyFile,
    });
    try {
      await waitUntilReady(service, `http://127.0.0.1:${port}`, 60_000);
      const token = await issuer.token({ sub: 'caseworker-anna', municipality, roles: ['caseworker'] });
      const response = await fetch(`http://127.0.0.1:${port}/participants`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(olena),
      });
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };

      const kafka = createKafkaClient({ brokers: process.env.KAFKA_BROKERS!.split(','), clientId: uniqueName('e2e'), logger: pino({ level: 'silent' }) });
      const topic = `${municipality}.intake.participant.v1`;
      const deadline = Date.now() + 30_000;
      // Registration announces the participant, their demographics and their case, all keyed by the participant.
      let records: Array<{ key: string; type: string }> = [];
      while (records.length < 3 && Date.now() < deadline) {
        records = (await readTopic(kafka, topic)).map((record) => ({ key: record.key, type: record.headers.ce_type! }));
        if (records.length < 3) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(records).toEqual([
        { key: id, type: 'tandem.intake.participant-registered.v1' },
        { key: id, type: 'tandem.intake.participant-demographics.v1' },
        { key: id, type: 'tandem.intake.case-assigned.v1' },
      ]);
      expect(service.recentOutput).not.toMatch(/Olena|Kovalenko|1994-03-17|refugee/);
    } finally {
      await service.stop();
    }
    const exit = await service.exited;
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
  }, 120_000);
});
