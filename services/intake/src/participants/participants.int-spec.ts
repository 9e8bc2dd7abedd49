import request from 'supertest';
import { IntakeTestApp } from '../test-support/intake-test-app';

const olena = {
  givenName: 'Olena-CANARY-given',
  familyName: 'Kovalenko-CANARY-family',
  dateOfBirth: '1994-03-17',
  gender: 'female',
  residenceMunicipality: 'de-goerlitz',
  status: 'refugee',
  languages: [
    { code: 'uk', level: 'C2' },
    { code: 'de', level: 'A2' },
  ],
};

const consentTerms = {
  purposes: ['cross-border-referral', 'progress-sharing'],
  noticeVersion: '2026-01',
  channel: 'in_person',
  givenBy: 'participant',
  fields: { 'cross-border-referral': ['givenName', 'languages'] },
  recipients: ['pl-zgorzelec'],
};

describe('intake participants API', () => {
  let intake: IntakeTestApp;
  let token: string;

  beforeAll(async () => {
    intake = await IntakeTestApp.start();
    token = await intake.token();
  });

  afterAll(() => intake.stop());

  const post = (path: string) => request(intake.http).post(path).set('Authorization', `Bearer ${token}`);
  const get = (path: string) => request(intake.http).get(path).set('Authorization', `Bearer ${token}`);

  it('registers a participant, publishes ParticipantRegistered without personal details, its demographics coarsely, then whose case it is, and audits the write', async () => {
    const created = await post('/participants').send(olena).expect(201);
    expect(created.body).toMatchObject({ ...olena, registeredBy: 'caseworker-anna', consents: [] });

    const records = await waitForRecords(intake, (r) => r.key === created.body.id, 3);
    expect(records[0].headers).toMatchObject({
      ce_type: 'tandem.intake.participant-registered.v1',
      ce_subject: created.body.id,
      ce_source: `urn:tandem:${intake.config.MUNICIPALITY_ID}:intake`,
    });
    expect(JSON.parse(records[0].value)).toEqual({
      participantId: created.body.id,
      municipality: intake.config.MUNICIPALITY_ID,
      registeredAt: created.body.registeredAt,
      languages: olena.languages,
    });
    expect(records[1].headers['ce_type']).toBe('tandem.intake.participant-demographics.v1');
    expect(JSON.parse(records[1].value)).toEqual({ participantId: created.body.id, gender: 'female', ageBandAtRegistration: '25-34' });
    const [opened] = await intake.dataSource.query(`SELECT id FROM cases WHERE participant_id = $1`, [created.body.id]);
    expect(records[2].headers['ce_type']).toBe('tandem.intake.case-assigned.v1');
    expect(JSON.parse(records[2].value)).toEqual({
      participantId: created.body.id,
      caseId: opened.id,
      caseworker: 'caseworker-anna',
      assignedAt: created.body.registeredAt,
    });
    const raw = records.map((r) => r.value + JSON.stringify(r.headers)).join('\n');
    expect(raw).not.toMatch(/CANARY|refugee|1994|03-17/);

    const audit = await intake.dataSource.query(`SELECT actor, action, resource_id FROM audit_log WHERE resource_id = $1`, [created.body.id]);
    expect(audit).toEqual([{ actor: 'caseworker-anna', action: 'register', resource_id: created.body.id }]);
  });

  it('announces only the status group, on the statistics topic that outcomes alone reads, never the status', async () => {
    const created = await post('/participants').send({ ...olena, status: 'asylum_seeker' }).expect(201);
    const [group] = await waitForRecords(intake, (r) => r.key === created.body.id, 1, 'statistics');
    expect(group.headers['ce_type']).toBe('tandem.intake.participant-group.v1');
    expect(JSON.parse(group.value)).toEqual({ participantId: created.body.id, group: 'refugee' });
    const participantTopic = await waitForRecords(intake, (r) => r.key === created.body.id, 3);
    expect(participantTopic.map((r) => r.value).join('\n')).not.toMatch(/asylum|refugee|"group"/);
  });

  it('grants and withdraws a consent, each with its event, and refuses a second withdrawal', async () => {
    const { body: participant } = await post('/participants').send(olena).expect(201);
    const { body: consent } = await post(`/participants/${participant.id}/consents`).send(consentTerms).expect(201);
    expect(consent).toMatchObject({ ...consentTerms, withdrawnAt: null, recordedBy: 'caseworker-anna' });

    const withdrawn = await post(`/participants/${participant.id}/consents/${consent.id}/withdrawal`).expect(200);
    expect(withdrawn.body.withdrawnAt).not.toBeNull();
    await post(`/participants/${participant.id}/consents/${consent.id}/withdrawal`).expect(409);

    const records = await waitForRecords(intake, (r) => r.key === participant.id, 5);
    expect(records.map((r) => r.headers['ce_type'])).toEqual([
      'tandem.intake.participant-registered.v1',
      'tandem.intake.participant-demographics.v1',
      'tandem.intake.case-assigned.v1',
      'tandem.intake.consent-granted.v1',
      'tandem.intake.consent-withdrawn.v1',
    ]);
    const read = await get(`/participants/${participant.id}`).expect(200);
    expect(read.body.consents).toEqual([withdrawn.body]);
  });

  it('audits every read of a participant record', async () => {
    const { body: participant } = await post('/participants').send(olena).expect(201);
    await get(`/participants/${participant.id}`).expect(200);
    await get(`/participants/${participant.id}`).expect(200);
    const reads = await intake.dataSource.query(
      `SELECT actor, purpose FROM audit_log WHERE resource_id = $1 AND action = 'read'`,
      [participant.id],
    );
    expect(reads).toEqual([
      { actor: 'caseworker-anna', purpose: 'case-management' },
      { actor: 'caseworker-anna', purpose: 'case-management' },
    ]);
  });

  it('keeps the audit log append-only even for the service itself', async () => {
    await expect(intake.dataSource.query(`UPDATE audit_log SET actor = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(intake.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('answers 404 for a participant it does not hold and 400 for a malformed id', async () => {
    await get('/participants/7c9e6679-7425-40de-944b-e07fc1f90ae7').expect(404);
    await get('/participants/not-a-uuid').expect(400);
    await post('/participants/7c9e6679-7425-40de-944b-e07fc1f90ae7/consents').send(consentTerms).expect(404);
  });

  describe('bad input', () => {
    const nothingWritten = async (work: () => Promise<unknown>) => {
      const before = await Promise.all(['participants', 'consents', 'outbox', 'audit_log'].map((t) => intake.count(t as never)));
      await work();
      const after = await Promise.all(['participants', 'consents', 'outbox', 'audit_log'].map((t) => intake.count(t as never)));
      expect(after).toEqual(before);
    };

    it('answers 400 naming each wrong field, and writes nothing', async () => {
      await nothingWritten(async () => {
        const response = await post('/participants')
          .send({ ...olena, givenName: '', dateOfBirth: '17.03.1994', status: 'tourist', languages: [{ code: 'uk', level: 'Z1' }] })
          .expect(400);
        expect(Object.keys(response.body.fields).sort()).toEqual(['dateOfBirth', 'givenName', 'languages.0.level', 'status']);
      });
    });

    it('rejects fields it does not know', async () => {
      await nothingWritten(async () => {
        const response = await post('/participants').send({ ...olena, healthNotes: 'x' }).expect(400);
        expect(response.body.fields).toHaveProperty('healthNotes');
      });
    });

    it('rejects a birth date in the future', async () => {
      await nothingWritten(async () => {
        const response = await post('/participants').send({ ...olena, dateOfBirth: '2999-01-01' }).expect(400);
        expect(response.body.fields).toHaveProperty('dateOfBirth');
      });
    });

    it('rejects a consent for an unknown purpose', async () => {
      const { body: participant } = await post('/participants').send(olena).expect(201);
      await nothingWritten(async () => {
        const response = await post(`/participants/${participant.id}/consents`)
          .send({ ...consentTerms, purposes: ['marketing'] })
          .expect(400);
        expect(response.body.fields).toHaveProperty('purposes');
      });
    });

    it.each([
      ['a purpose the consent does not cover', { fields: { 'employer-sharing': ['givenName'] } }],
      ['a field no consent can carry', { fields: { 'cross-border-referral': ['status'] } }],
      ['a recipient that is not a municipality id', { recipients: ['Zgorzelec!'] }],
    ])('rejects consent fields naming %s', async (_, change) => {
      const { body: participant } = await post('/participants').send(olena).expect(201);
      await nothingWritten(async () => {
        const response = await post(`/participants/${participant.id}/consents`).send({ ...consentTerms, ...change }).expect(400);
        expect(Object.keys(response.body.fields)).toEqual(Object.keys(change));
      });
    });

    it('answers 413 for a body over the limit', async () => {
      await nothingWritten(async () => {
        await post('/participants').send({ ...olena, givenName: 'x'.repeat(200_000) }).expect(413);
      });
    });

    it('answers 400 for a body that is not JSON', async () => {
      await post('/participants').set('Content-Type', 'application/json').send('{"givenName":').expect(400);
    });
  });

  describe('access', () => {
    it('refuses a request without a token', async () => {
      await request(intake.http).get('/participants/7c9e6679-7425-40de-944b-e07fc1f90ae7').expect(401);
    });

    it('refuses a role that does not manage participants', async () => {
      const trainer = await intake.token(['training_provider']);
      await request(intake.http).post('/participants').set('Authorization', `Bearer ${trainer}`).send(olena).expect(403);
    });

    it("hides a colleague's participant from a caseworker (404), but not from an admin", async () => {
      const { body: participant } = await post('/participants').send(olena).expect(201);
      const colleague = await intake.token(['caseworker'], 'caseworker-bernd');
      const asColleague = (test: request.Test) => test.set('Authorization', `Bearer ${colleague}`);
      await asColleague(request(intake.http).get(`/participants/${participant.id}`)).expect(404);
      await asColleague(request(intake.http).post(`/participants/${participant.id}/consents`)).send(consentTerms).expect(404);
      const admin = await intake.token(['admin'], 'admin-clara');
      await request(intake.http).get(`/participants/${participant.id}`).set('Authorization', `Bearer ${admin}`).expect(200);
    });

    it("refuses another municipality's token", async () => {
      const foreign = await intake.token(['caseworker'], 'caseworker-anna', 'pl-zgorzelec');
      await request(intake.http).post('/participants').set('Authorization', `Bearer ${foreign}`).send(olena).expect(401);
    });

    it('serves health checks and API docs without a token', async () => {
      await request(intake.http).get('/health/live').expect(200);
      const ready = await request(intake.http).get('/health/ready').expect(200);
      expect(ready.body.info).toMatchObject({ database: { status: 'up' }, kafka: { status: 'up' } });
      const docs = await request(intake.http).get('/docs/openapi.json').expect(200);
      expect(Object.keys(docs.body.paths)).toEqual(
        expect.arrayContaining(['/participants', '/participants/{id}', '/participants/{id}/consents']),
      );
    });
  });
});

async function waitForRecords(
  intake: IntakeTestApp,
  match: (record: { key: string }) => boolean,
  count: number,
  family: 'participant' | 'statistics' = 'participant',
) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const records = (await intake.readLocalTopic(family)).filter(match);
    if (records.length >= count || Date.now() > deadline) return records;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
