import { type NodeClient, NodePair } from '@tandem/devkit';
import { canary, expectStatus } from './support/referral-api';
import { approvedEntitlement, attendanceArrived, seedSupport, STIPEND_MONTHLY_MINOR } from './support/support-api';
import { consentingReferral, enrollAcceptedReferral, seedOpenCohort } from './support/training-api';

const SHARING = ['cross-border-referral', 'progress-sharing'];
const SESSIONS = 20;

describe('stipends of residents who train across the border', () => {
  let pair: NodePair;
  let deCaseworker: NodeClient;
  let plCaseworker: NodeClient;
  let provider: NodeClient;
  let socialWorker: NodeClient;
  let secondSocialWorker: NodeClient;
  const canaries = [canary('Psychocanary'), canary('Reasoncanary')];

  beforeAll(async () => {
    pair = await NodePair.start({ label: 'sup', services: ['intake', 'training', 'support'], logLevel: 'info' });
    for (const service of pair.services) service.process.watch(canaries);
    deCaseworker = await pair.de.as(['caseworker'], 'caseworker-anna');
    plCaseworker = await pair.pl.as(['caseworker'], 'caseworker-marta');
    provider = await pair.pl.service('training').as(['training_provider'], 'provider-jan');
    socialWorker = await pair.de.service('support').as(['social_worker'], 'sw-eva');
    secondSocialWorker = await pair.de.service('support').as(['social_worker'], 'sw-lukas');
  }, 300_000);

  afterAll(async () => {
    await pair?.stop();
  });

  it('pays the month in full at 100 % and 85 % attendance in PL, and half at 50 %', async () => {
    const cohort = await seedOpenCohort(provider, { sessions: SESSIONS });
    const nodes = { de: pair.de.municipality, pl: pair.pl.municipality };
    const presentIn = [SESSIONS, 17, 10];
    const trainees = [];
    for (const _ of presentIn) {
      const referral = await consentingReferral(deCaseworker, plCaseworker, nodes, SHARING);
      expectStatus(await plCaseworker.post(`/referrals/${referral.referralId}/acceptance`), 200, 'accepting');
      const enrollment = await enrollAcceptedReferral(provider, cohort.cohortId, referral.referralId);
      trainees.push({ ...referral, enrollmentId: enrollment.id });
    }
    for (const [session, sessionId] of cohort.sessionIds.entries()) {
      const records = trainees.map((trainee, index) => ({ enrollmentId: trainee.enrollmentId, status: session < presentIn[index]! ? 'present' : 'absent' }));
      expectStatus(await provider.request('PUT', `/sessions/${sessionId}/attendance`, { records }), 200, `register of session ${session + 1}`);
    }

    const support = pair.de.service('support');
    const setup = await seedSupport(socialWorker, support.municipality.slice(-8));
    const paid = [];
    for (const trainee of trainees) {
      await attendanceArrived(support, trainee.participantId, SESSIONS);
      const entitlementId = await approvedEntitlement(socialWorker, secondSocialWorker, {
        participantId: trainee.participantId,
        supportTypeId: setup.stipendTypeId,
        budgetId: setup.budgetId,
        capMinor: 3 * STIPEND_MONTHLY_MINOR,
        reason: `${canaries[1]} single parent, no income`,
      });
      const stipend = expectStatus(await socialWorker.post<{ amountMinor: number; outcome: string; attendanceRate: number }>(`/entitlements/${entitlementId}/stipends`, { month: '2026-10' }), 201, 'stipend');
      paid.push(stipend);
    }
    expect(paid.map(({ attendanceRate, outcome, amountMinor }) => ({ attendanceRate, outcome, amountMinor }))).toEqual([
      { attendanceRate: 1, outcome: 'full', amountMinor: STIPEND_MONTHLY_MINOR },
      { attendanceRate: 0.85, outcome: 'full', amountMinor: STIPEND_MONTHLY_MINOR },
      { attendanceRate: 0.5, outcome: 'pro-rata', amountMinor: STIPEND_MONTHLY_MINOR / 2 },
    ]);

    const statement = await socialWorker.get<{ totals: Record<string, number> }>(`/participants/${trainees[2]!.participantId}/statement?month=2026-10`);
    expect(expectStatus(statement, 200, 'statement').totals).toEqual({ EUR: STIPEND_MONTHLY_MINOR / 2 });
  });

  it('keeps psychosocial notes and reasons at home: not for caseworkers, not for the other node, in no topic and no log', async () => {
    const support = pair.de.service('support');
    const setup = await seedSupport(socialWorker, `${support.municipality.slice(-8)}b`);
    const nodes = { de: pair.de.municipality, pl: pair.pl.municipality };
    const { participantId } = await consentingReferral(deCaseworker, plCaseworker, nodes, SHARING);
    const entitlementId = await approvedEntitlement(socialWorker, secondSocialWorker, {
      participantId,
      supportTypeId: setup.counsellingTypeId,
      budgetId: setup.budgetId,
      capMinor: 60_000,
      reason: `${canaries[1]} trauma after displacement`,
    });
    const delivery = { date: '2026-10-05', units: 1, provider: 'Beratungsstelle Görlitz', note: `${canaries[0]} talked about nightmares` };
    expectStatus(await socialWorker.post(`/entitlements/${entitlementId}/deliveries`, delivery), 201, 'logging a session');

    // Counselling tells of health: even the participant's own caseworker finds no trace of it.
    const caseworker = await support.as(['caseworker'], 'caseworker-anna');
    expect((await caseworker.get(`/entitlements/${entitlementId}`)).status).toBe(404);
    expect((await caseworker.get(`/entitlements/${entitlementId}/deliveries`)).status).toBe(404);
    expect(JSON.stringify((await caseworker.get(`/participants/${participantId}/statement?month=2026-10`)).body)).not.toMatch(/canary|psychosocial/i);
    expect(JSON.stringify((await socialWorker.get(`/entitlements/${entitlementId}/deliveries`)).body)).toContain(canaries[0]);
    const otherNode = support.withToken(await pair.pl.service('support').token(['social_worker'], 'sw-pl'));
    expect((await otherNode.get(`/entitlements/${entitlementId}`)).status).toBe(401);
    expect((await otherNode.get(`/entitlements/${entitlementId}/deliveries`)).status).toBe(401);

    const { records, hits } = await pair.searchExchange(canaries);
    expect(records).toBeGreaterThan(0);
    expect(hits).toEqual([]);
    for (const service of pair.services) expect({ [service.label]: service.process.sightings }).toEqual({ [service.label]: { [canaries[0]!]: 0, [canaries[1]!]: 0 } });
  });
});
