import { loadFederation, MessageRejectedError, MessageVerifier, publicJwkOf } from '@tandem/federation';
import { type CloudEvent, sourceOf, toKafkaRecord } from '@tandem/contracts';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEFAULT_ADMIN_DATABASE_URL } from '../infrastructure';
import { exchangeTopicsOf } from './exchange-kafka';
import { NodePair } from './node-pair';
import { pollUntil } from './poll';
import type { TestService } from './test-service';

const participant = (givenName: string, residenceMunicipality: string) => ({
  givenName,
  familyName: 'Harness',
  dateOfBirth: '1990-01-01',
  gender: 'undisclosed',
  residenceMunicipality,
  status: 'migrant',
  languages: [{ code: 'de', level: 'B1' }],
});

function probeEvent(sender: string, canary: string): CloudEvent {
  const id = randomUUID();
  return { id, source: sourceOf(sender, 'intake'), type: 'tandem.devkit.harness-probe.v1', time: new Date().toISOString(), subject: id, data: { canary } };
}

async function rejectionReason(verifier: MessageVerifier, record: Parameters<MessageVerifier['verify']>[0]): Promise<string> {
  const error = await verifier.verify(record).then(() => undefined, (rejected: unknown) => rejected);
  return error instanceof MessageRejectedError ? error.reason : `not rejected: ${String(error)}`;
}

async function tablesOf(service: TestService): Promise<string[]> {
  const rows = await service.database.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
  );
  return rows.map((row) => row.name);
}

describe('a pair of real nodes', () => {
  let pair: NodePair;

  beforeAll(async () => {
    pair = await NodePair.start({ label: 'harness', services: ['intake', 'training'] });
  }, 300_000);

  afterAll(async () => {
    await pair?.stop();
  });

  it('runs each node with its own municipality, database and token issuer', async () => {
    const { de, pl } = pair;
    expect(de.municipality).toMatch(/^de-harness-[0-9a-f]{8}$/);
    expect(pl.municipality).toBe(`pl-${de.municipality.slice(3)}`);
    for (const node of [de, pl]) {
      const caseworker = await node.as(['caseworker']);
      const created = await caseworker.post<{ id: string }>('/participants', participant(`Probe${node.country}`, node.municipality));
      expect(created.status).toBe(201);
      expect(await node.database.count('participants', 'id = $1', [created.body.id])).toBe(1);
      expect(await node.database.tablesContaining(`Probe${node.country}`)).toEqual({ participants: 1 });
    }
    expect(await pl.database.tablesContaining('ProbeDE')).toEqual({});
    const deTokenAtPl = await pl.withToken(await de.token(['caseworker'])).post('/participants', participant('Cross', de.municipality));
    expect(deTokenAtPl.status).toBe(401);
  });

  it('runs each service of a node as its own process, on its own port, with its own database', async () => {
    const { services } = pair;
    expect(services.map((service) => service.label)).toEqual(
      [pair.de, pair.pl].flatMap((node) => [`${node.municipality}/intake`, `${node.municipality}/training`]),
    );
    for (const service of services) {
      expect((await fetch(`${service.url}/health/ready`)).status).toBe(200);
      expect(service.env.DATABASE_URL).toBe(service.database.url);
    }
    expect(new Set(services.map((service) => service.url)).size).toBe(services.length);
    expect(new Set(services.map((service) => service.database.name)).size).toBe(services.length);
    expect(new Set(services.map((service) => service.process)).size).toBe(services.length);
    expect(await tablesOf(pair.de.service('intake'))).toContain('participants');
    expect(await tablesOf(pair.de.service('training'))).not.toContain('participants');
  });

  it('shares the node\'s token issuer, federation file and signing key among its services', async () => {
    const { de, pl } = pair;
    const shared = ['MUNICIPALITY_ID', 'COUNTRY_CODE', 'AUTH_JWKS_FILE', 'FEDERATION_FILE', 'NODE_SIGNING_KEY_FILE', 'KAFKA_BROKERS'];
    const sharedOf = (env: Record<string, string>) => Object.fromEntries(shared.map((name) => [name, env[name]]));
    expect(sharedOf(de.service('training').env)).toEqual(sharedOf(de.service('intake').env));
    const training = de.service('training');
    expect((await training.withToken(await de.token(['training_provider'])).get('/accepted-referrals')).status).toBe(200);
    expect((await training.withToken(await pl.token(['training_provider'])).get('/accepted-referrals')).status).toBe(401);
  });

  it('answers for its intake service where a node is used as one service', () => {
    const { de } = pair;
    const intake = de.service('intake');
    expect(de.url).toBe(intake.url);
    expect(de.database).toBe(intake.database);
    expect(de.process).toBe(intake.process);
    expect(() => de.service('placement')).toThrow(`${de.municipality} runs no placement service; it runs intake, training`);
  });

  it('hands each node a federation file that lists both keys, and the keys to forge with', async () => {
    const { de, pl, bystander, outsider } = pair;
    expect(de.env).toMatchObject({ FEDERATION_FILE: pair.federationFile, MUNICIPALITY_ID: de.municipality, COUNTRY_CODE: 'DE' });
    expect(de.env.NODE_SIGNING_KEY_FILE).not.toBe(pl.env.NODE_SIGNING_KEY_FILE);
    const federation = loadFederation({ path: pair.federationFile });
    expect(federation.municipalities().map((entry) => entry.id)).toEqual(pair.municipalities);
    expect(federation.publicKeys(pl.municipality)).toEqual([publicJwkOf(pl.signingKey)]);
    expect(federation.inboxTopic(pl.municipality)).toBe(pl.inboxTopic);

    const atPl = new MessageVerifier(federation, pl.municipality);
    const record = toKafkaRecord(probeEvent(de.municipality, 'genuine'));
    await expect(atPl.verify(await (await de.signer()).sign(record, pl.municipality))).resolves.toMatchObject({ sender: de.municipality });
    expect(await rejectionReason(atPl, await (await outsider.signerAs(de.municipality)).sign(record, pl.municipality))).toBe('bad-signature');
    expect(await rejectionReason(atPl, await (await de.signer()).sign(record, bystander.id))).toBe('wrong-destination');
  });

  it('reads back raw what was written to an inbox and finds the canary in it', async () => {
    const canary = `canary${randomUUID().slice(0, 8)}`;
    const signed = await (await pair.de.signer()).sign(toKafkaRecord(probeEvent(pair.de.municipality, canary)), pair.pl.municipality);
    await pair.publishRaw(pair.pl.inboxTopic, [signed]);
    const records = await pollUntil('the probe in the exchange', () => pair.readExchange(), (all) => all.some((r) => r.key === signed.key));
    const read = records.find((r) => r.key === signed.key);
    expect(read).toMatchObject({ topic: pair.pl.inboxTopic, value: signed.value });
    expect(read?.headers).toEqual(signed.headers);
    const { hits } = await pair.searchExchange([canary, 'not-in-any-record']);
    expect(hits).toContainEqual(expect.objectContaining({ canary, topic: pair.pl.inboxTopic, where: 'value' }));
    expect(hits.every((hit) => hit.canary === canary)).toBe(true);
  });

  it('restarts a node on the same address', async () => {
    await pair.pl.restart();
    const caseworker = await pair.pl.as(['caseworker']);
    expect((await caseworker.post('/participants', participant('AfterRestart', pair.pl.municipality))).status).toBe(201);
  });

  it('restarts one service of a node while the others keep running', async () => {
    const training = pair.pl.service('training');
    const [intake, trainingBefore] = [pair.pl.process, training.process];
    await training.restart();
    expect({ before: trainingBefore.hasExited, now: training.process.hasExited }).toEqual({ before: true, now: false });
    expect(intake.hasExited).toBe(false);
    expect((await fetch(`${training.url}/health/ready`)).status).toBe(200);
  });

  it('leaves no database and no topic of the run behind', async () => {
    const { services } = pair;
    const databases = services.map((service) => service.database.name);
    await pair.stop();
    expect(await exchangeTopicsOf(pair.kafka, pair.municipalities)).toEqual([]);
    expect(services.filter((service) => !service.process.hasExited).map((service) => service.label)).toEqual([]);
    const admin = new Client({ connectionString: process.env.TANDEM_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_DATABASE_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname = ANY($1)', [databases]);
      expect(rows).toEqual([]);
    } finally {
      await admin.end();
    }
  });
});
