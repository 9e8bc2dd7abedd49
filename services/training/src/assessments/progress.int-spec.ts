import { randomUUID } from 'node:crypto';
import {
  AttendanceRecordedV1,
  exchangeInboxTopic,
  InboundReferralAcceptedV1,
  InboundReferralEndedV1,
  ModuleCompletedV1,
  ReferralAttendanceV1,
  ReferralProgressV1,
  TrainingCompletedV1,
} from '@tandem/contracts';
import { pollUntil, published, ServiceTestApp } from '@tandem/devkit';
import { startTrainingApp } from '../test-support/training-test-app';
import { PROVIDER, publishIntakeEvent, type SeededCohort, seedCohort, WELDING_SKILL } from '../test-support/training-fixtures';

describe('attendance, assessments and completion', () => {
  let training: ServiceTestApp;
  let partner: string;

  beforeAll(async () => {
    const { federation, ids } = await ServiceTestApp.federationOfTwo();
    partner = ids[0];
    training = await startTrainingApp({ municipality: ids[1], federation });
  });
  afterAll(() => training?.stop());

  const provider = () => training.as(PROVIDER.roles, PROVIDER.subject);

  /** A referred trainee from the partner node, enrolled in `into` or else a fresh cohort with four past sessions. */
  async function referredTrainee(progressSharing: boolean, into?: SeededCohort): Promise<{ cohort: SeededCohort; referralId: string; enrollmentId: string }> {
    const cohort = into ?? (await seedCohort(training, { sessions: 4 }));
    const referralId = randomUUID();
    await publishIntakeEvent(training, InboundReferralAcceptedV1, referralId, {
      referralId,
      from: partner,
      acceptedAt: new Date().toISOString(),
      request: { program: 'Welding' },
      trainee: { givenName: 'Olena' },
      progressSharing,
    });
    const enrolled = await pollUntil(
      'referral enrollable',
      async () => (await provider()).post(`/cohorts/${cohort.cohortId}/enrollments`).send({ referralId }),
      (response) => response.status === 201,
    );
    return { cohort, referralId, enrollmentId: enrolled.body.id };
  }

  const attend = async (sessionId: string, records: Array<{ enrollmentId: string; status: string }>) =>
    (await provider()).put(`/sessions/${sessionId}/attendance`).send({ records });
  const assess = async (enrollmentId: string, moduleId: string, result: 'passed' | 'failed', assessedOn = '2026-10-20') =>
    (await provider()).post(`/enrollments/${enrollmentId}/assessments`).send({ moduleId, result, score: result === 'passed' ? 81 : 40, assessor: 'Jan Kowalski', assessedOn });

  it('records a session register in bulk, replaces a correction, and reports monthly rates', async () => {
    const { cohort, enrollmentId } = await referredTrainee(false);
    const [first, second, third] = cohort.sessionIds;
    expect((await attend(first!, [{ enrollmentId, status: 'absent' }])).status).toBe(200);
    const corrected = await attend(first!, [{ enrollmentId, status: 'present' }]);
    expect(corrected.body).toEqual([expect.objectContaining({ enrollmentId, status: 'present', displayName: 'Olena' })]);
    await attend(second!, [{ enrollmentId, status: 'excused' }]);
    await attend(third!, [{ enrollmentId, status: 'absent' }]);

    const read = await (await provider()).get(`/enrollments/${enrollmentId}`);
    expect(read.body.attendance).toEqual({ present: 1, absent: 1, excused: 1, rate: 0.5 });
    expect(read.body.attendanceByMonth).toEqual([{ month: '2026-10', present: 1, absent: 1, excused: 1, rate: 0.5 }]);
    const events = await published(training, AttendanceRecordedV1, { atLeast: 4 });
    expect(events.filter((event) => event.sessionId === first)).toEqual([
      expect.objectContaining({ records: [expect.objectContaining({ status: 'absent' })] }),
      expect.objectContaining({ records: [expect.objectContaining({ status: 'present' })] }),
    ]);
  });

  it('refuses a register naming someone outside the cohort, and writes none of it', async () => {
    const { cohort, enrollmentId } = await referredTrainee(false);
    const other = await referredTrainee(false);
    const before = await training.count('attendance');
    const response = await attend(cohort.sessionIds[0]!, [
      { enrollmentId, status: 'present' },
      { enrollmentId: other.enrollmentId, status: 'present' },
    ]);
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.fields)).toEqual(['records.1.enrollmentId']);
    expect((await attend(cohort.sessionIds[0]!, [{ enrollmentId, status: 'late' }])).status).toBe(400);
    expect(await training.count('attendance')).toBe(before);
  });

  it('completes modules on a pass and the program when attendance meets the threshold, telling the referring node', async () => {
    const { cohort, referralId, enrollmentId } = await referredTrainee(true);
    const [safety, welding] = cohort.moduleIds;
    expect((await assess(enrollmentId, safety, 'failed')).status).toBe(201);
    expect((await assess(enrollmentId, safety, 'passed')).status).toBe(201);
    expect((await assess(enrollmentId, welding, 'passed')).status).toBe(201);
    // Both modules passed, but no attendance yet: not complete.
    expect((await (await provider()).get(`/enrollments/${enrollmentId}`)).body.status).toBe('enrolled');
    for (const sessionId of cohort.sessionIds) await attend(sessionId, [{ enrollmentId, status: 'present' }]);

    const read = await (await provider()).get(`/enrollments/${enrollmentId}`);
    expect(read.body).toMatchObject({ status: 'completed', modulesCompleted: [expect.anything(), expect.anything()] });
    const modules = (await published(training, ModuleCompletedV1, { atLeast: 2 })).filter((event) => event.enrollmentId === enrollmentId);
    expect(modules.map((event) => event.moduleId).sort()).toEqual([safety, welding].sort());
    expect(modules.map((event) => event.skills)).toEqual([[WELDING_SKILL], [WELDING_SKILL]]);
    expect((await published(training, TrainingCompletedV1)).find((event) => event.enrollmentId === enrollmentId)).toMatchObject({ attendanceRate: 1 });
    expect((await assess(enrollmentId, safety, 'passed')).status).toBe(409);

    const progress = (await published(training, ReferralProgressV1, { atLeast: 4, topic: exchangeInboxTopic(partner) })).filter(
      (message) => message.referralId === referralId,
    );
    expect(progress.map((message) => message.step)).toEqual(['enrolled', 'module-completed', 'module-completed', 'completed']);
    expect(progress[1]).toMatchObject({ module: { title: 'Workshop safety' } });
    expect(JSON.stringify(progress)).not.toContain('Olena');
  });

  /** How many messages about one referral training has written for the partner's inbox: all of them, in its outbox. */
  const sentHome = async (referralId: string): Promise<number> => {
    const rows = await training.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = $1 AND message_key = $2`, [exchangeInboxTopic(partner), referralId]);
    return rows[0].n;
  };

  it('sends each register entry of a referred trainee who shares progress to the referring node, and nothing for one who does not', async () => {
    const sharing = await referredTrainee(true);
    const notSharing = await referredTrainee(false, sharing.cohort);
    const [first, second] = sharing.cohort.sessionIds;
    const both = (status: string) => [sharing, notSharing].map(({ enrollmentId }) => ({ enrollmentId, status }));
    expect((await attend(first!, both('present'))).status).toBe(200);
    expect((await attend(second!, both('absent'))).status).toBe(200);
    expect((await attend(first!, [{ enrollmentId: sharing.enrollmentId, status: 'excused' }])).status).toBe(200);

    const sent = await pollUntil(
      'three entries in the partner inbox',
      async () => (await published(training, ReferralAttendanceV1, { topic: exchangeInboxTopic(partner) })).filter((message) => message.referralId === sharing.referralId),
      (messages) => messages.length >= 3,
    );
    const entry = (sessionId: string | undefined, date: string, status: string) => ({ referralId: sharing.referralId, sessionId, date, status, recordedAt: expect.any(String) });
    expect(sent).toEqual([entry(first, '2026-10-01', 'present'), entry(second, '2026-10-02', 'absent'), entry(first, '2026-10-01', 'excused')]);
    expect(await sentHome(notSharing.referralId)).toBe(0);
  });

  it('sends nothing more once the referral ends, and erases the name on a consent withdrawal', async () => {
    const { cohort, referralId, enrollmentId } = await referredTrainee(true);
    await publishIntakeEvent(training, InboundReferralEndedV1, referralId, { referralId, endedAt: new Date().toISOString(), reason: 'consent-withdrawn' });
    await pollUntil(
      'name erased',
      async () => (await (await provider()).get(`/enrollments/${enrollmentId}`)).body.trainee.displayName,
      (name) => name === null,
    );
    expect((await assess(enrollmentId, cohort.moduleIds[0], 'passed')).status).toBe(201);
    expect((await attend(cohort.sessionIds[0]!, [{ enrollmentId, status: 'present' }])).status).toBe(200);
    expect(await sentHome(referralId)).toBe(1); // the enrollment, before the end; nothing after
  });

  it('refuses assessments with field errors, for modules outside the program, or in the future', async () => {
    const { enrollmentId } = await referredTrainee(false);
    const before = await training.count('assessments');
    const bad = await (await provider()).post(`/enrollments/${enrollmentId}/assessments`).send({ moduleId: 'x', result: 'great', score: 140, assessedOn: '20-10-2026' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['assessedOn', 'assessor', 'moduleId', 'result', 'score']);
    expect((await assess(enrollmentId, randomUUID(), 'passed')).status).toBe(400);
    expect((await assess(enrollmentId, (await seedCohort(training)).moduleIds[0], 'passed', '2099-01-01')).status).toBe(400);
    expect(await training.count('assessments')).toBe(before);
  });
});
