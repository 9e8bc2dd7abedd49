import { randomUUID } from 'node:crypto';
import pino from 'pino';
import request from 'supertest';
import { createKafkaClient } from '@tandem/messaging';
import { pollUntil, readTopic, uniqueName } from '@tandem/devkit';
import { IntakeTestApp } from '../test-support/intake-test-app';

const profile = {
  dateOfBirth: '1994-03-17',
  gender: 'female',
  residenceMunicipality: 'de-goerlitz',
  status: 'refugee',
  languages: [{ code: 'uk', level: 'C2' }],
};

describe('intake cases API', () => {
  let intake: IntakeTestApp;
  let admin: string;

  beforeAll(async () => {
    intake = await IntakeTestApp.start();
    admin = await intake.token(['admin'], 'admin-clara');
  });

  afterAll(() => intake.stop());

  const caseworker = (subject: string) => intake.token(['caseworker'], subject);
  const as = (token: string) => ({
    get: (path: string) => request(intake.http).get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string) => request(intake.http).post(path).set('Authorization', `Bearer ${token}`),
    patch: (path: string) => request(intake.http).patch(path).set('Authorization', `Bearer ${token}`),
  });

  /** Registers a participant as the caseworker, which opens their case; answers the case id. */
  async function openCase(token: string, givenName = `Olena-${uniqueName('p')}`): Promise<{ caseId: string; participantId: string }> {
    const { body } = await as(token).post('/participants').send({ ...profile, givenName, familyName: 'Kovalenko' }).expect(201);
    const [row] = await intake.dataSource.query(`SELECT id FROM cases WHERE participant_id = $1`, [body.id]);
    return { caseId: row.id, participantId: body.id };
  }

  const counts = async () => {
    const [row] = await intake.dataSource.query(
      `SELECT (SELECT count(*) FROM case_notes)::int AS notes, (SELECT count(*) FROM audit_log)::int AS audit,
              (SELECT count(*) FROM outbox)::int AS outbox, (SELECT string_agg(id || assigned_caseworker || status, ',' ORDER BY id) FROM cases) AS cases`,
    );
    return row;
  };

  describe('listing', () => {
    it("shows a caseworker only their own cases, newest first, with each participant's name", async () => {
      const dora = await caseworker('caseworker-dora');
      const first = await openCase(dora, 'Olena');
      const second = await openCase(dora, 'Mariya');
      await openCase(await caseworker('caseworker-emil'));

      const { body } = await as(dora).get('/cases').expect(200);
      expect(body).toMatchObject({ page: 1, pageSize: 20, total: 2 });
      expect(body.items).toEqual([
        expect.objectContaining({ id: second.caseId, participantId: second.participantId, participantName: 'Mariya Kovalenko' }),
        expect.objectContaining({ id: first.caseId, participantName: 'Olena Kovalenko', assignedCaseworker: 'caseworker-dora', status: 'open', closedAt: null }),
      ]);
    });

    it('shows an admin every case of the node, and filters by caseworker and status', async () => {
      const fritz = await caseworker('caseworker-fritz');
      const { caseId } = await openCase(fritz);
      await openCase(fritz);
      await as(fritz).patch(`/cases/${caseId}`).send({ status: 'closed' }).expect(200);
      const colleagues = await openCase(await caseworker('caseworker-gero'));
      const [{ all }] = await intake.dataSource.query(`SELECT count(*)::int AS all FROM cases`);

      const everything = await as(admin).get('/cases?pageSize=100').expect(200);
      expect(everything.body.total).toBe(all);
      expect(everything.body.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([caseId, colleagues.caseId]));
      const fritzs = await as(admin).get('/cases?assignedTo=caseworker-fritz').expect(200);
      expect(fritzs.body.total).toBe(2);
      const closed = await as(admin).get('/cases?assignedTo=caseworker-fritz&status=closed').expect(200);
      expect(closed.body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    });

    it('pages through the cases without gaps or repeats', async () => {
      const greta = await caseworker('caseworker-greta');
      const opened = [];
      for (let i = 0; i < 5; i++) opened.push((await openCase(greta)).caseId);

      const pages = [];
      for (const page of [1, 2, 3, 4]) pages.push((await as(greta).get(`/cases?page=${page}&pageSize=2`).expect(200)).body);
      expect(pages.map((p) => [p.page, p.pageSize, p.total, p.items.length])).toEqual([
        [1, 2, 5, 2],
        [2, 2, 5, 2],
        [3, 2, 5, 1],
        [4, 2, 5, 0],
      ]);
      expect(pages.flatMap((p) => p.items.map((c: { id: string }) => c.id))).toEqual(opened.reverse());
    });

    it("refuses a caseworker who asks for a colleague's cases (403), but not for their own", async () => {
      const hanna = await caseworker('caseworker-hanna');
      await openCase(hanna);
      await as(hanna).get('/cases?assignedTo=caseworker-dora').expect(403);
      const own = await as(hanna).get('/cases?assignedTo=caseworker-hanna').expect(200);
      expect(own.body.total).toBe(1);
    });

    it('audits each listed case, and nothing for an empty page', async () => {
      const ingo = await caseworker('caseworker-ingo');
      const { caseId } = await openCase(ingo);
      await as(ingo).get('/cases').expect(200);
      await as(ingo).get('/cases?status=closed').expect(200);
      const rows = await intake.dataSource.query(
        `SELECT actor, action, resource_type, purpose FROM audit_log WHERE resource_id = $1 AND action = 'list'`,
        [caseId],
      );
      expect(rows).toEqual([{ actor: 'caseworker-ingo', action: 'list', resource_type: 'case', purpose: 'case-management' }]);
    });
  });

  describe('access and assignment', () => {
    it("hides a colleague's case from a caseworker: 404 on read, status change and notes, and nothing written", async () => {
      const anna = await caseworker('caseworker-anna');
      const { caseId } = await openCase(anna);
      const bernd = as(await caseworker('caseworker-bernd'));
      const before = await counts();
      await bernd.get(`/cases/${caseId}`).expect(404);
      await bernd.patch(`/cases/${caseId}`).send({ status: 'closed' }).expect(404);
      await bernd.post(`/cases/${caseId}/notes`).send({ body: 'not mine' }).expect(404);
      await bernd.get(`/cases/${caseId}/notes`).expect(404);
      expect(await counts()).toEqual(before);
      await as(anna).get(`/cases/${caseId}`).expect(200);
    });

    it('moves access with a reassignment: the old caseworker gets 404, the new one 200', async () => {
      const jana = await caseworker('caseworker-jana');
      const karl = await caseworker('caseworker-karl');
      const { caseId, participantId } = await openCase(jana);
      await as(karl).get(`/cases/${caseId}`).expect(404);

      const moved = await as(admin).post(`/cases/${caseId}/assignment`).send({ caseworker: 'caseworker-karl' }).expect(200);
      expect(moved.body).toMatchObject({ id: caseId, assignedCaseworker: 'caseworker-karl' });
      await as(jana).get(`/cases/${caseId}`).expect(404);
      await as(jana).get(`/participants/${participantId}`).expect(404);
      await as(karl).get(`/cases/${caseId}`).expect(200);
      await as(karl).get(`/participants/${participantId}`).expect(200);
      expect((await as(karl).get('/cases').expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    });

    it('publishes each assignment, at registration and on reassignment, on the participant topic in order', async () => {
      const { caseId, participantId } = await openCase(await caseworker('caseworker-tom'));
      await as(admin).post(`/cases/${caseId}/assignment`).send({ caseworker: 'caseworker-ute' }).expect(200);
      const assignments = await pollUntil(
        'two assignments on the participant topic',
        async () =>
          (await intake.readLocalTopic('participant'))
            .filter((r) => r.key === participantId && r.headers['ce_type'] === 'tandem.intake.case-assigned.v1')
            .map((r) => JSON.parse(r.value)),
        (found) => found.length >= 2,
      );
      expect(assignments).toEqual([
        { participantId, caseId, caseworker: 'caseworker-tom', assignedAt: expect.any(String) },
        { participantId, caseId, caseworker: 'caseworker-ute', assignedAt: expect.any(String) },
      ]);
    });

    it('lets only an admin assign a case: its own caseworker gets 403 and the case stays theirs', async () => {
      const lena = await caseworker('caseworker-lena');
      const { caseId } = await openCase(lena);
      await as(lena).post(`/cases/${caseId}/assignment`).send({ caseworker: 'caseworker-bernd' }).expect(403);
      expect((await as(lena).get(`/cases/${caseId}`).expect(200)).body.assignedCaseworker).toBe('caseworker-lena');
    });

    it('refuses roles that do not manage cases, answers 404 for an unknown case and 400 for a malformed id, and documents every route', async () => {
      const trainer = await intake.token(['training_provider'], 'trainer-max');
      await as(trainer).get('/cases').expect(403);
      await as(admin).get(`/cases/${randomUUID()}`).expect(404);
      await as(admin).post(`/cases/${randomUUID()}/assignment`).send({ caseworker: 'caseworker-anna' }).expect(404);
      await as(admin).get('/cases/not-a-uuid').expect(400);
      await request(intake.http).get('/cases').expect(401);
      const docs = await request(intake.http).get('/docs/openapi.json').expect(200);
      expect(Object.keys(docs.body.paths)).toEqual(
        expect.arrayContaining(['/cases', '/cases/{id}', '/cases/{id}/assignment', '/cases/{id}/notes']),
      );
    });
  });

  describe('status', () => {
    it('closes, reopens and holds a case, and refuses to put a closed case on hold with 409', async () => {
      const mia = as(await caseworker('caseworker-mia'));
      const { caseId } = await openCase(await caseworker('caseworker-mia'));
      const closed = await mia.patch(`/cases/${caseId}`).send({ status: 'closed' }).expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });

      const refused = await mia.patch(`/cases/${caseId}`).send({ status: 'on_hold' }).expect(409);
      expect(refused.body.message).toBe('a closed case cannot be set to on_hold; allowed: open');
      expect((await mia.get(`/cases/${caseId}`).expect(200)).body.status).toBe('closed');

      const reopened = await mia.patch(`/cases/${caseId}`).send({ status: 'open' }).expect(200);
      expect(reopened.body).toMatchObject({ status: 'open', closedAt: null });
      await mia.patch(`/cases/${caseId}`).send({ status: 'on_hold' }).expect(200);
      expect((await as(admin).get(`/cases/${caseId}`).expect(200)).body).toMatchObject({ status: 'on_hold', closedAt: null });
    });
  });

  describe('notes', () => {
    it('keeps notes newest first with their author, and lets an admin read them', async () => {
      const nora = as(await caseworker('caseworker-nora'));
      const { caseId } = await openCase(await caseworker('caseworker-nora'));
      const first = await nora.post(`/cases/${caseId}/notes`).send({ body: 'First contact.' }).expect(201);
      expect(first.body).toMatchObject({ author: 'caseworker-nora', body: 'First contact.' });
      await nora.post(`/cases/${caseId}/notes`).send({ body: 'Enrolled in the B1 course.' }).expect(201);

      const { body } = await as(admin).get(`/cases/${caseId}/notes`).expect(200);
      expect(body).toMatchObject({ page: 1, total: 2 });
      expect(body.items.map((n: { body: string }) => n.body)).toEqual(['Enrolled in the B1 course.', 'First contact.']);
      const second = await nora.get(`/cases/${caseId}/notes?page=2&pageSize=1`).expect(200);
      expect(second.body.items).toEqual([first.body]);
    });

    it('never lets a note reach Kafka, on any topic of the node', async () => {
      const olga = as(await caseworker('caseworker-olga'));
      const { caseId, participantId } = await openCase(await caseworker('caseworker-olga'));
      const canary = `NOTE-CANARY-${randomUUID().slice(0, 8)}`;
      await olga.post(`/cases/${caseId}/notes`).send({ body: `Disclosed a health condition. ${canary}` }).expect(201);
      await olga.patch(`/cases/${caseId}`).send({ status: 'on_hold' }).expect(200);

      const records = await readNodeTopicsOnceRelayed(intake);
      expect(records.some((r) => r.key === participantId)).toBe(true);
      expect(records.filter((r) => (r.value + JSON.stringify(r.headers) + r.key).includes(canary))).toHaveLength(0);
      const [outbox] = await intake.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE payload LIKE $1`, [`%${canary}%`]);
      expect(outbox.n).toBe(0);
    });
  });

  describe('bad input', () => {
    it('answers 400 naming each wrong field, and writes nothing', async () => {
      const paula = as(await caseworker('caseworker-paula'));
      const { caseId } = await openCase(await caseworker('caseworker-paula'));
      const before = await counts();
      const fields = async (test: request.Test) => Object.keys((await test.expect(400)).body.fields).sort();

      expect(await fields(paula.post(`/cases/${caseId}/notes`).send({ body: '   ' }))).toEqual(['body']);
      expect(await fields(paula.post(`/cases/${caseId}/notes`).send({ body: 'x'.repeat(5001) }))).toEqual(['body']);
      expect(await fields(paula.post(`/cases/${caseId}/notes`).send({ body: 'a\u0000b' }))).toEqual(['body']);
      expect(await fields(paula.post(`/cases/${caseId}/notes`).send({ body: 'ok', author: 'someone-else' }))).toEqual(['author']);
      expect(await fields(paula.post(`/cases/${caseId}/notes`).send({}))).toEqual(['body']);
      expect(await fields(paula.patch(`/cases/${caseId}`).send({ status: 'archived' }))).toEqual(['status']);
      expect(await fields(paula.patch(`/cases/${caseId}`).send({ status: 'closed', closedAt: '2020-01-01' }))).toEqual(['closedAt']);
      expect(await fields(as(admin).post(`/cases/${caseId}/assignment`).send({ caseworker: '' }))).toEqual(['caseworker']);
      expect(await fields(paula.get('/cases?status=lost&pageSize=101&page=0'))).toEqual(['page', 'pageSize', 'status']);
      expect(await fields(paula.get('/cases?sort=name'))).toEqual(['sort']);
      expect(await counts()).toEqual(before);
    });
  });

  it('audits every read and write of a case, with the case as resource', async () => {
    const rosa = as(await caseworker('caseworker-rosa'));
    const { caseId } = await openCase(await caseworker('caseworker-rosa'));
    await rosa.get(`/cases/${caseId}`).expect(200);
    await rosa.patch(`/cases/${caseId}`).send({ status: 'on_hold' }).expect(200);
    await rosa.post(`/cases/${caseId}/notes`).send({ body: 'Waiting for documents.' }).expect(201);
    await rosa.get(`/cases/${caseId}/notes`).expect(200);
    await as(admin).post(`/cases/${caseId}/assignment`).send({ caseworker: 'caseworker-sven' }).expect(200);

    const rows = await intake.dataSource.query(
      `SELECT actor, action FROM audit_log WHERE resource_type = 'case' AND resource_id = $1 AND purpose = 'case-management' ORDER BY id`,
      [caseId],
    );
    expect(rows).toEqual([
      { actor: 'caseworker-rosa', action: 'read' },
      { actor: 'caseworker-rosa', action: 'change-status' },
      { actor: 'caseworker-rosa', action: 'add-note' },
      { actor: 'caseworker-rosa', action: 'read-notes' },
      { actor: 'admin-clara', action: 'assign' },
    ]);
  });
});

/** Waits until the relay has sent every outbox row, then reads every topic of this node as stored. */
async function readNodeTopicsOnceRelayed(intake: IntakeTestApp) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [{ unsent }] = await intake.dataSource.query(`SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`);
    if (unsent === 0) break;
    if (Date.now() > deadline) throw new Error(`${unsent} outbox rows still unsent`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const kafka = createKafkaClient({
    brokers: intake.config.KAFKA_BROKERS.split(','),
    clientId: uniqueName('reader'),
    logger: pino({ level: 'silent' }),
  });
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics().finally(() => admin.disconnect())).filter((t) => t.startsWith(`${intake.config.MUNICIPALITY_ID}.`));
  expect(topics.length).toBeGreaterThan(0);
  return (await Promise.all(topics.map((topic) => readTopic(kafka, topic)))).flat();
}
