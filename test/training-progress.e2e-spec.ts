import { type NodeClient, NodePair, pollUntil } from '@tandem/devkit';
import {
  expectStatus,
  readReferral,
  referralInStatus,
  timelineOf,
  timelineWith,
  withdrawConsent,
} from './support/referral-api';
import { consentingReferral, enrollAcceptedReferral, seedOpenCohort, type TrainingCohort } from './support/training-api';

const SHARING = ['cross-border-referral', 'progress-sharing'];

describe('training of a referred trainee, followed from the referring node', () => {
  let pair: NodePair;
  let de: NodeClient;
  let pl: NodeClient;
  let provider: NodeClient;

  beforeAll(async () => {
    pair = await NodePair.start({ label: 'trn', services: ['intake', 'training'] });
    de = await pair.de.as(['caseworker'], 'caseworker-anna');
    pl = await pair.pl.as(['caseworker'], 'caseworker-marta');
    provider = await pair.pl.service('training').as(['training_provider'], 'provider-jan');
  }, 300_000);

  afterAll(async () => {
    await pair?.stop();
  });

  /** DE refers a consenting participant, PL accepts, and PL's training provider enrolls them. */
  async function enrolledReferral(cohort: TrainingCohort) {
    const nodes = { de: pair.de.municipality, pl: pair.pl.municipality };
    const referral = await consentingReferral(de, pl, nodes, SHARING);
    expectStatus(await pl.post(`/referrals/${referral.referralId}/acceptance`), 200, 'accepting');
    const enrollment = await enrollAcceptedReferral(provider, cohort.cohortId, referral.referralId);
    return { ...referral, enrollmentId: enrollment.id };
  }

  const assess = (enrollmentId: string, moduleId: string) =>
    provider.post(`/enrollments/${enrollmentId}/assessments`, { moduleId, result: 'passed', assessor: 'Jan Kowalski', assessedOn: '2026-10-20' });

  it("shows enrolled, both modules and completion on DE's referral timeline", async () => {
    const cohort = await seedOpenCohort(provider, { sessions: 3 });
    const { referralId, enrollmentId } = await enrolledReferral(cohort);
    for (const sessionId of cohort.sessionIds) {
      expectStatus(await provider.request('PUT', `/sessions/${sessionId}/attendance`, { records: [{ enrollmentId, status: 'present' }] }), 200, 'attendance');
    }
    for (const moduleId of cohort.moduleIds) expectStatus(await assess(enrollmentId, moduleId), 201, 'assessment');

    const steps = ['sent', 'received', 'accepted', 'enrolled', 'module-completed', 'module-completed', 'completed'];
    const timeline = await timelineWith(de, referralId, steps);
    expect(timeline.slice(3).every((step) => step.by === pair.pl.municipality)).toBe(true);
    expect(await readReferral(de, referralId)).toMatchObject({ status: 'completed' });
  });

  it('tells DE nothing further once the participant withdraws consent, and PL training forgets the name', async () => {
    const cohort = await seedOpenCohort(provider, { sessions: 0 });
    const { referralId, enrollmentId, participantId, consentId, input } = await enrolledReferral(cohort);
    await timelineWith(de, referralId, ['sent', 'received', 'accepted', 'enrolled']);
    const training = pair.pl.service('training');
    expect(await training.database.tablesContaining(input.givenName)).not.toEqual({});

    await withdrawConsent(de, participantId, consentId);
    await referralInStatus(de, referralId, 'withdrawn');
    await pollUntil('PL training to erase the name', () => training.database.tablesContaining(input.givenName), (tables) => Object.keys(tables).length === 0);
    expectStatus(await assess(enrollmentId, cohort.moduleIds[0]), 201, 'assessment after the withdrawal');
    await pollUntil('PL training outbox drained', () => training.database.count('outbox', 'sent_at IS NULL'), (unsent) => unsent === 0);

    const timeline = await timelineOf(de, referralId);
    expect(timeline.map((step) => step.step)).not.toContain('module-completed');
    expect(await training.database.count('outbox', 'topic = $1 AND message_key = $2', [pair.de.inboxTopic, referralId])).toBe(1);
  });
});
