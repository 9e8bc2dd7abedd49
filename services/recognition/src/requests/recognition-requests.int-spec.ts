import { AppealDecidedV1, RecognitionDecidedV1 } from '@tandem/contracts';
import { published, type ServiceTestApp } from '@tandem/devkit';
import { agreementBody, today } from '../test-support/agreement-fixtures';
import { completeModule, definitionBody, OFFICER, participantOf } from '../test-support/recognition-fixtures';
import { startRecognitionApp } from '../test-support/recognition-test-app';

const EVIDENCE = [{ filename: 'swiadectwo.pdf', mediaType: 'application/pdf', sha256: 'a'.repeat(64) }];
const OTHER_OFFICER = 'officer-jan';

describe('recognition requests', () => {
  let recognition: ServiceTestApp;

  beforeAll(async () => {
    recognition = await startRecognitionApp();
  });
  afterAll(() => recognition?.stop());

  const officer = (subject = OFFICER.subject) => recognition.as(OFFICER.roles, subject);
  const caseworker = (subject = 'caseworker-anna') => recognition.as(['caseworker'], subject);

  async function agreement(body: object) {
    const created = await (await officer()).post('/agreements').send(body);
    expect(created.status).toBe(201);
    return created.body as { id: string };
  }

  async function request(participantId: string, code: string, overrides: object = {}) {
    const qualification = { country: 'PL', code, name: 'Spawacz', eqfLevel: 3, occupation: '7212' };
    const created = await (await caseworker()).post('/recognition-requests').send({ participantId, qualification, evidence: EVIDENCE, ...overrides });
    expect(created.status).toBe(201);
    return created.body;
  }

  it('is decided at once by the matching rule of an agreement in force, citing it, and announced with ids only', async () => {
    const mra = await agreement(agreementBody('722204-A'));
    const participantId = await participantOf(recognition, 'caseworker-anna');
    const created = await request(participantId, '722204-A');
    expect(created).toMatchObject({
      status: 'decided',
      evidence: EVIDENCE,
      decision: { outcome: 'conditional', basis: 'agreement', agreementId: mra.id, ruleIndex: 0, compensationMeasures: ['complete module DE-SAFE-01', 'language de at CEFR B1'] },
    });
    expect(created.decision.reasons).toMatch(/version 1, rule 1: counts as Schweißer\/in \(MAG\)/);
    expect(created.decision.decidedBy).toBeUndefined();

    const [event] = await published(recognition, RecognitionDecidedV1, { subject: created.id });
    expect(event).toEqual({ requestId: created.id, participantId, outcome: 'conditional', basis: 'agreement', agreementId: mra.id, decidedOn: today() });
  });

  it('recognises a valid credential of this node under a rule naming its definition code', async () => {
    const definition = await (await officer()).post('/credential-definitions').send(definitionBody({ code: 'WLD-201' }));
    const participantId = await participantOf(recognition, 'caseworker-anna');
    const credential = await completeModule(recognition, definition.body.trainingId, participantId);
    const rule = { source: { kind: 'credential', issuer: recognition.municipality, code: 'WLD-201' }, target: { name: 'Schweißer/in (MAG)', eqfLevel: 3 }, outcome: 'full' };
    const mra = await agreement(agreementBody('unused', { rules: [rule] }));

    const created = await (await caseworker()).post('/recognition-requests').send({ participantId, credentialJws: credential.jws });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ presented: { kind: 'credential', code: 'WLD-201', eqfLevel: 3, occupations: ['7212'] }, decision: { outcome: 'full', agreementId: mra.id } });
  });

  it('uses the version of an agreement in force on the day of the decision', async () => {
    const earlier = agreementBody('722204-B', { effectiveTo: today() });
    await agreement(earlier);
    const current = await agreement({ ...earlier, effectiveFrom: today(), effectiveTo: null, rules: [{ ...earlier.rules[0], outcome: 'full', conditions: undefined }] });
    const created = await request(await participantOf(recognition, 'caseworker-anna'), '722204-B');
    expect(created.decision).toMatchObject({ outcome: 'full', agreementId: current.id });
    expect(created.decision.reasons).toMatch(/version 2/);
  });

  it('leaves a request no rule matches to an officer, whose decision is announced', async () => {
    await agreement(agreementBody('722204-C', { scope: { occupations: ['7212'], eqfLevels: [4] } }));
    const participantId = await participantOf(recognition, 'caseworker-anna');
    const created = await request(participantId, '722204-C');
    expect(created.status).toBe('pending');
    expect(created.decision).toBeUndefined();

    const decided = await (await officer()).post(`/recognition-requests/${created.id}/decision`).send({ outcome: 'conditional', compensationMeasures: ['adaptation period of 3 months'], reasons: 'EQF 3, not 4.' });
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({ outcome: 'conditional', basis: 'officer', decidedBy: OFFICER.subject, compensationMeasures: ['adaptation period of 3 months'] });
    expect((await (await officer()).post(`/recognition-requests/${created.id}/decision`).send({ outcome: 'full', reasons: 'again' })).status).toBe(409);
    const [event] = await published(recognition, RecognitionDecidedV1, { subject: created.id });
    expect(event).toEqual({ requestId: created.id, participantId, outcome: 'conditional', basis: 'officer', decidedOn: today() });
  });

  it('has an appeal reviewed by an officer other than the one who decided, once', async () => {
    const participantId = await participantOf(recognition, 'caseworker-anna');
    const created = await request(participantId, 'NO-RULE-1');
    await (await officer()).post(`/recognition-requests/${created.id}/decision`).send({ outcome: 'denied', reasons: 'Content does not match.' });
    const appealed = await (await caseworker()).post(`/recognition-requests/${created.id}/appeal`).send({ grounds: 'The work certificate was not considered.' });
    expect(appealed.status).toBe(200);
    expect((await (await caseworker()).post(`/recognition-requests/${created.id}/appeal`).send({ grounds: 'again' })).status).toBe(409);

    const own = await (await officer()).post(`/recognition-requests/${created.id}/appeal/decision`).send({ appealOutcome: 'upheld', reasons: 'Stands.' });
    expect(own.status).toBe(403);
    expect(own.body.message).toMatch(/officer who made the decision may not review the appeal/);
    const review = await (await officer(OTHER_OFFICER)).post(`/recognition-requests/${created.id}/appeal/decision`).send({ appealOutcome: 'overturned', outcome: 'full', reasons: 'Certificate covers it.' });
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ decision: { outcome: 'full', reasons: 'Content does not match.' }, appeal: { appealOutcome: 'overturned', decidedBy: OTHER_OFFICER } });
    const [event] = await published(recognition, AppealDecidedV1, { subject: created.id });
    expect(event).toEqual({ requestId: created.id, participantId, appealOutcome: 'overturned', outcome: 'full', decidedOn: today() });
  });

  it('lists officers, a page at a time, the requests awaiting a decision and those whose appeal awaits review', async () => {
    const participantId = await participantOf(recognition, 'caseworker-anna');
    const pending = await request(participantId, 'NO-RULE-Q1');
    const appealed = await request(participantId, 'NO-RULE-Q2');
    await (await officer()).post(`/recognition-requests/${appealed.id}/decision`).send({ outcome: 'denied', reasons: 'No match.' });
    await (await caseworker()).post(`/recognition-requests/${appealed.id}/appeal`).send({ grounds: 'Not considered.' });
    const ids = async (stage: string) => {
      const page = await (await officer()).get(`/recognition-requests/queue?stage=${stage}&pageSize=100`);
      expect(page.body).toMatchObject({ page: 1, pageSize: 100, total: page.body.items.length });
      return page.body.items.map((item: { id: string }) => item.id);
    };
    expect(await ids('pending')).toContain(pending.id);
    expect(await ids('pending')).not.toContain(appealed.id);
    expect(await ids('appealed')).toEqual([appealed.id]);
    const second = await (await officer()).get('/recognition-requests/queue?pageSize=1&page=2');
    expect(second.body).toMatchObject({ page: 2, pageSize: 1, items: [expect.objectContaining({ id: expect.any(String) })] });
    expect(second.body.total).toBeGreaterThanOrEqual(2);

    expect((await (await caseworker()).get('/recognition-requests/queue')).status).toBe(403);
    expect(Object.keys((await (await officer()).get('/recognition-requests/queue?stage=closed&pageSize=101')).body.fields).sort()).toEqual(['pageSize', 'stage']);
  });

  it('refuses an appeal after the window, saying when it closed', async () => {
    const created = await request(await participantOf(recognition, 'caseworker-anna'), 'NO-RULE-2');
    await (await officer()).post(`/recognition-requests/${created.id}/decision`).send({ outcome: 'denied', reasons: 'No match.' });
    await recognition.dataSource.query(`UPDATE recognition_requests SET decided_at = '2026-01-01T09:00:00Z' WHERE id = $1`, [created.id]);
    const late = await (await caseworker()).post(`/recognition-requests/${created.id}/appeal`).send({ grounds: 'Late.' });
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('the appeal window of 30 days closed at 2026-01-31T09:00:00.000Z');
  });

  it('refuses bad input with each wrong field and writes nothing; hides requests from other caseworkers', async () => {
    const participantId = await participantOf(recognition, 'caseworker-anna');
    const before = await recognition.count('recognition_requests');
    const bad = await (await caseworker()).post('/recognition-requests').send({ participantId, qualification: { country: 'Poland', name: '' }, evidence: [{ filename: 'a.pdf', mediaType: 'pdf', sha256: 'x' }] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['evidence.0.mediaType', 'evidence.0.sha256', 'qualification.country', 'qualification.name']);
    const neither = await (await caseworker()).post('/recognition-requests').send({ participantId });
    expect(Object.keys(neither.body.fields)).toEqual(['credentialJws']);
    const forged = await (await caseworker()).post('/recognition-requests').send({ participantId, credentialJws: 'a.b.c' });
    expect(forged.status).toBe(400);
    expect(forged.body.fields.credentialJws[0]).toMatch(/^only a valid credential counts; it is invalid/);
    expect(await recognition.count('recognition_requests')).toBe(before);

    const created = await request(participantId, 'NO-RULE-3');
    const stranger = await caseworker('caseworker-bob');
    expect((await stranger.get(`/recognition-requests/${created.id}`)).status).toBe(404);
    expect((await stranger.get(`/recognition-requests?participantId=${participantId}`)).status).toBe(404);
    expect((await stranger.post('/recognition-requests').send({ participantId, qualification: { country: 'PL', name: 'Spawacz' }, evidence: EVIDENCE })).status).toBe(404);
    expect((await (await caseworker()).get(`/recognition-requests?participantId=${participantId}`)).body).toEqual([created]);
    const reads = await recognition.dataSource.query(`SELECT 1 FROM audit_log WHERE resource_id = $1 AND action = 'read'`, [participantId]);
    expect(reads).toHaveLength(1);
  });
});
