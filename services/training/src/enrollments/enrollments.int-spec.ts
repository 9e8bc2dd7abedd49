import { randomUUID } from 'node:crypto';
import {
  CaseAssignedV1,
  EnrollmentConfirmedV1,
  EnrollmentWaitlistedV1,
  InboundReferralAcceptedV1,
  TrainingDroppedV1,
} from '@tandem/contracts';
import { pollUntil, published, type ServiceTestApp } from '@tandem/devkit';
import { startTrainingApp } from '../test-support/training-test-app';
import { PROVIDER, publishIntakeEvent, seedCohort } from '../test-support/training-fixtures';

describe('enrollment', () => {
  let training: ServiceTestApp;

  beforeAll(async () => {
    training = await startTrainingApp();
  });
  afterAll(() => training?.stop());

  /** A participant of this node, known to training once intake's CaseAssigned has been applied. */
  async function localParticipant(caseworker = 'caseworker-anna'): Promise<string> {
    const participantId = randomUUID();
    await publishIntakeEvent(training, CaseAssignedV1, participantId, {
      participantId,
      caseId: randomUUID(),
      caseworker,
      assignedAt: new Date().toISOString(),
    });
    await pollUntil(
      'case assignment applied',
      () => training.dataSource.query('SELECT 1 FROM case_assignments WHERE participant_id = $1', [participantId]),
      (rows) => rows.length === 1,
    );
    return participantId;
  }

  const provider = () => training.as(PROVIDER.roles, PROVIDER.subject);

  it('waitlists the 13th trainee of a 12-place cohort and promotes them when someone drops', async () => {
    const { cohortId } = await seedCohort(training, { capacity: 12 });
    const participants = await Promise.all(Array.from({ length: 13 }, () => localParticipant()));
    const enrollments = [];
    for (const [index, participantId] of participants.entries()) {
      const response = await (await provider()).post(`/cohorts/${cohortId}/enrollments`).send({ participantId, displayName: `Trainee ${index + 1}` });
      expect(response.status).toBe(201);
      enrollments.push(response.body);
    }
    expect(enrollments.slice(0, 12).every((enrollment) => enrollment.status === 'enrolled')).toBe(true);
    const thirteenth = enrollments[12];
    expect(thirteenth.status).toBe('waitlisted');
    const [waitlisted] = await published(training, EnrollmentWaitlistedV1);
    expect(waitlisted).toMatchObject({ enrollmentId: thirteenth.id, cohortId, position: 1, trainee: { participantId: participants[12] } });

    const drop = await (await provider()).post(`/enrollments/${enrollments[3].id}/drop`).send({ reason: 'found-employment' });
    expect(drop.status).toBe(200);
    expect(drop.body).toMatchObject({ status: 'dropped', dropReason: 'found-employment' });
    const promoted = await (await provider()).get(`/enrollments/${thirteenth.id}`);
    expect(promoted.body.status).toBe('enrolled');
    const confirmations = await published(training, EnrollmentConfirmedV1, { atLeast: 13 });
    expect(confirmations.filter((event) => event.enrollmentId === thirteenth.id)).toEqual([
      expect.objectContaining({ fromWaitlist: true }),
    ]);
    expect(await published(training, TrainingDroppedV1)).toEqual([expect.objectContaining({ enrollmentId: enrollments[3].id, reason: 'found-employment' })]);

    const roster = await (await provider()).get(`/cohorts/${cohortId}/enrollments`);
    expect(roster.body.filter((enrollment: { status: string }) => enrollment.status === 'enrolled')).toHaveLength(12);
  });

  it('enrolls a referred trainee from an accepted referral, under the name the referring node shared', async () => {
    const { cohortId } = await seedCohort(training);
    const referralId = randomUUID();
    await publishIntakeEvent(training, InboundReferralAcceptedV1, referralId, {
      referralId,
      from: 'pl-elsewhere',
      acceptedAt: new Date().toISOString(),
      request: { occupation: '7212' },
      trainee: { givenName: 'Olena', familyName: 'Kovalenko' },
      progressSharing: false,
    });
    const waiting = await pollUntil(
      'accepted referral listed',
      async () => (await (await provider()).get('/accepted-referrals')).body as Array<{ referralId: string }>,
      (list) => list.some((entry) => entry.referralId === referralId),
    );
    expect(waiting.find((entry) => entry.referralId === referralId)).toMatchObject({ givenName: 'Olena', from: 'pl-elsewhere' });

    const enrolled = await (await provider()).post(`/cohorts/${cohortId}/enrollments`).send({ referralId });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({ status: 'enrolled', trainee: { referralId, homeMunicipality: 'pl-elsewhere', displayName: 'Olena Kovalenko' } });
    const again = await (await provider()).post(`/cohorts/${cohortId}/enrollments`).send({ referralId });
    expect(again.status).toBe(409);
    const listed = (await (await provider()).get('/accepted-referrals')).body as Array<{ referralId: string }>;
    expect(listed.some((entry) => entry.referralId === referralId)).toBe(false);
  });

  it("lets a caseworker read enrollments of their own cases only, and audits each read", async () => {
    const { cohortId } = await seedCohort(training);
    const participantId = await localParticipant('caseworker-anna');
    const { body: enrollment } = await (await provider()).post(`/cohorts/${cohortId}/enrollments`).send({ participantId, displayName: 'Amal H.' });
    const anna = await training.as(['caseworker'], 'caseworker-anna');
    const piotr = await training.as(['caseworker'], 'caseworker-piotr');

    const own = await anna.get(`/enrollments/${enrollment.id}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: enrollment.id, modulesRequired: 2, modulesCompleted: [], attendance: { rate: null } });
    expect((await anna.get(`/enrollments?participantId=${participantId}`)).body).toHaveLength(1);
    expect((await piotr.get(`/enrollments/${enrollment.id}`)).status).toBe(404);
    expect((await piotr.get(`/enrollments?participantId=${participantId}`)).body).toEqual([]);
    expect((await (await training.as(['social_worker'], 'sw-eva')).get(`/enrollments/${enrollment.id}`)).status).toBe(403);
    expect((await anna.post(`/cohorts/${cohortId}/enrollments`).send({ participantId, displayName: 'x' })).status).toBe(403);

    const audit = await training.dataSource.query(`SELECT actor, purpose FROM audit_log WHERE resource_id = $1 AND action = 'read'`, [enrollment.id]);
    expect(audit).toEqual(expect.arrayContaining([{ actor: 'caseworker-anna', purpose: 'case-management' }]));
    expect(audit.some((row: { actor: string }) => row.actor === 'caseworker-piotr')).toBe(false);
  });

  it("pairs a trainee with one of the cohort's mentors, and no one else", async () => {
    const { cohortId } = await seedCohort(training);
    const participantId = await localParticipant();
    const { body: enrollment } = await (await provider()).post(`/cohorts/${cohortId}/enrollments`).send({ participantId, displayName: 'Amal H.' });
    const paired = await (await provider()).post(`/enrollments/${enrollment.id}/mentor`).send({ mentor: 'Marek Nowak' });
    expect(paired.status).toBe(200);
    expect(paired.body.mentor).toBe('Marek Nowak');
    const stranger = await (await provider()).post(`/enrollments/${enrollment.id}/mentor`).send({ mentor: 'Somebody Else' });
    expect(stranger.status).toBe(400);
    expect(Object.keys(stranger.body.fields)).toEqual(['mentor']);
    expect((await (await provider()).get(`/enrollments/${enrollment.id}`)).body.mentor).toBe('Marek Nowak');
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const { cohortId } = await seedCohort(training);
    const participantId = await localParticipant();
    const before = await training.count('enrollments');
    const client = await provider();
    const cases: Array<[object, string]> = [
      [{}, 'participantId'],
      [{ participantId, displayName: '' }, 'displayName'],
      [{ participantId }, 'displayName'],
      [{ participantId: 'not-a-uuid', displayName: 'A' }, 'participantId'],
      [{ participantId, displayName: 'A', referralId: randomUUID() }, 'referralId'],
      [{ participantId, displayName: 'A', status: 'enrolled' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const response = await client.post(`/cohorts/${cohortId}/enrollments`).send(body);
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toContain(field);
    }
    expect((await client.post(`/cohorts/${cohortId}/enrollments`).send({ participantId: randomUUID(), displayName: 'Nobody' })).status).toBe(422);
    expect((await client.post(`/cohorts/${randomUUID()}/enrollments`).send({ participantId, displayName: 'A' })).status).toBe(404);
    expect((await client.post(`/enrollments/${randomUUID()}/drop`).send({ reason: 'illness' })).status).toBe(400);
    expect(await training.count('enrollments')).toBe(before);
  });
});
