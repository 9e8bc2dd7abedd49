import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { IntakeTestApp } from '../test-support/intake-test-app';

const profile = (familyName: string) => ({
  givenName: 'Olena',
  familyName,
  dateOfBirth: '1994-03-17',
  gender: 'female',
  residenceMunicipality: 'de-goerlitz',
  status: 'refugee',
  languages: [{ code: 'uk', level: 'C2' }],
});

describe('intake participants: Idempotency-Key on create', () => {
  let intake: IntakeTestApp;
  let token: string;

  beforeAll(async () => {
    intake = await IntakeTestApp.start();
    token = await intake.token();
  });

  afterAll(() => intake.stop());

  const register = (body: object, key?: string, bearer = token) => {
    const call = request(intake.http).post('/participants').set('Authorization', `Bearer ${bearer}`);
    return (key === undefined ? call : call.set('Idempotency-Key', key)).send(body);
  };

  /** Participants of one family name, with how many outbox and audit rows each has. */
  const written = async (familyName: string) =>
    (await intake.dataSource.query(
      `SELECT p.id,
              (SELECT count(*)::int FROM outbox o WHERE o.message_key = p.id::text) AS events,
              (SELECT count(*)::int FROM audit_log a WHERE a.resource_id = p.id::text) AS audits
       FROM participants p WHERE p.family_name = $1`,
      [familyName],
    )) as Array<{ id: string; events: number; audits: number }>;

  it('creates once for a key sent twice, and answers the retry with the first response', async () => {
    const family = `Twice-${randomUUID()}`;
    const key = randomUUID();
    const first = await register(profile(family), key).expect(201);
    const retry = await register(profile(family), key).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await written(family)).toEqual([{ id: first.body.id, events: 4, audits: 1 }]);
  });

  it('answers 409 and writes nothing when the key comes again with a different body', async () => {
    const family = `Different-${randomUUID()}`;
    const key = randomUUID();
    await register(profile(family), key).expect(201);
    const tables = ['participants', 'cases', 'outbox', 'audit_log', 'idempotency_keys'];
    const before = await Promise.all(tables.map((table) => intake.count(table)));
    const conflict = await register({ ...profile(family), givenName: 'Someone else' }, key).expect(409);
    expect(conflict.body.message).toMatch(/different request/);
    expect(await Promise.all(tables.map((table) => intake.count(table)))).toEqual(before);
  });

  it('creates exactly one row for ten concurrent requests with one key; each answer is that response or 409', async () => {
    const family = `Concurrent-${randomUUID()}`;
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => register(profile(family), key)));
    const rows = await written(family);
    expect(rows).toEqual([{ id: expect.any(String), events: 4, audits: 1 }]);
    const created = responses.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const response of created) expect(response.body.id).toBe(rows[0]?.id);
    expect(new Set(created.map((r) => JSON.stringify(r.body))).size).toBe(1);
    for (const response of responses.filter((r) => r.status !== 201)) {
      expect(response.status).toBe(409);
      expect(response.body.resourceId).toBe(rows[0]?.id);
    }
  });

  it('names the created participant when the first response was never recorded', async () => {
    const family = `Unrecorded-${randomUUID()}`;
    const key = randomUUID();
    const first = await register(profile(family), key).expect(201);
    // As if the process died between the commit and recording the response.
    await intake.dataSource.query(`UPDATE idempotency_keys SET response_status = NULL, response_body = NULL WHERE key = $1`, [key]);
    const retry = await register(profile(family), key).expect(409);
    expect(retry.body).toMatchObject({ resourceType: 'participant', resourceId: first.body.id });
    expect(await written(family)).toHaveLength(1);
  });

  it('keeps keys apart per caller, and creates anew for every request without a key', async () => {
    const family = `Separate-${randomUUID()}`;
    const key = randomUUID();
    await register(profile(family), key).expect(201);
    await register(profile(family), key, await intake.token(['caseworker'], 'caseworker-ben')).expect(201);
    await register(profile(family)).expect(201);
    await register(profile(family)).expect(201);
    expect(await written(family)).toHaveLength(4);
  });

  it('rejects a malformed key with 400 and writes nothing', async () => {
    const before = await intake.count('participants');
    for (const key of ['', 'x'.repeat(256), 'has space', 'umlaut-ä']) {
      const response = await register(profile('Malformed'), key).expect(400);
      expect(response.body.fields).toHaveProperty('Idempotency-Key');
    }
    expect(await intake.count('participants')).toBe(before);
  });

  it('takes over a key after 24 hours', async () => {
    const family = `Expired-${randomUUID()}`;
    const key = randomUUID();
    await register(profile(family), key).expect(201);
    await intake.dataSource.query(`UPDATE idempotency_keys SET claimed_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    await register(profile(family), key).expect(201);
    expect(await written(family)).toHaveLength(2);
  });
});
