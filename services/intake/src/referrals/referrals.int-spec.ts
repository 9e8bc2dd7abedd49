import { pollUntil } from '@tandem/devkit';
import { IntakeTestApp } from '../test-support/intake-test-app';
import {
  as,
  CANARY,
  olena,
  participantReadyForReferral as readyOn,
  sendReferral as sendFrom,
  statusOn,
  stepsOf,
  timelineOn,
} from '../test-support/referral-fixtures';

describe('cross-border referrals between two intake nodes', () => {
  let de: IntakeTestApp;
  let pl: IntakeTestApp;

  beforeAll(async () => {
    [de, pl] = await IntakeTestApp.startPair();
  });

  afterAll(async () => {
    await Promise.all([de?.stop(), pl?.stop()]);
  });

  const participantReadyForReferral = (fields?: string[]) => readyOn(de, { fields });
  const sendReferral = (participantId: string, extra: object = {}) => sendFrom(de, pl, participantId, extra);

  it('carries a referral to the partner, which accepts it, and both see the same timeline', async () => {
    const { participant, consent } = await participantReadyForReferral();
    const sent = await sendReferral(participant.id);
    expect(sent).toMatchObject({ direction: 'outbound', status: 'sent', partner: pl.config.MUNICIPALITY_ID, consentId: consent.id });

    const inbound = await statusOn(pl, sent.id, 'received');
    expect(inbound).toMatchObject({ direction: 'inbound', partner: de.config.MUNICIPALITY_ID, request: { occupation: '7212' } });
    expect(inbound.profile).toEqual({ givenName: 'Olena', languages: olena.languages });
    await statusOn(de, sent.id, 'received');

    await (await as(pl, ['caseworker'], 'caseworker-piotr')).post(`/referrals/${sent.id}/acceptance`).expect(200);
    await statusOn(de, sent.id, 'accepted');
    const steps = (await timelineOn(de, sent.id)).steps;
    expect(stepsOf(steps)).toEqual(['sent', 'received', 'accepted']);
    expect((await timelineOn(pl, sent.id)).steps).toEqual(steps);
  });

  it('lets the partner decline with a reason, which the sender sees', async () => {
    const { participant } = await participantReadyForReferral();
    const sent = await sendReferral(participant.id);
    await statusOn(pl, sent.id, 'received');
    await (await as(pl)).post(`/referrals/${sent.id}/decline`, { reason: 'no-capacity', comment: 'Next cohort in March' }).expect(200);
    await statusOn(de, sent.id, 'declined');
    const deSteps = (await timelineOn(de, sent.id)).steps;
    expect(deSteps[2]).toMatchObject({ step: 'declined', by: pl.config.MUNICIPALITY_ID, reason: 'no-capacity', comment: 'Next cohort in March' });
    expect((await timelineOn(pl, sent.id)).steps).toEqual(deSteps);
    await (await as(pl)).post(`/referrals/${sent.id}/acceptance`).expect(409);
  });

  it.each(['sender', 'receiver'])('lets the %s withdraw an open referral', async (side) => {
    const { participant } = await participantReadyForReferral();
    const sent = await sendReferral(participant.id);
    await statusOn(de, sent.id, 'received');
    const [withdrawing, other] = side === 'sender' ? [de, pl] : [pl, de];
    await (await as(withdrawing)).post(`/referrals/${sent.id}/withdrawal`, { reason: 'participant-request' }).expect(200);
    await statusOn(other, sent.id, 'withdrawn');
    expect((await timelineOn(other, sent.id)).steps).toEqual((await timelineOn(withdrawing, sent.id)).steps);
  });

  it('erases what the partner holds when the participant withdraws the consent, and the sender sees it', async () => {
    const { participant, consent } = await participantReadyForReferral(['givenName', 'familyName', 'languages']);
    const sent = await sendReferral(participant.id, { message: `Call her in the morning ${CANARY}` });
    expect((await statusOn(pl, sent.id, 'received')).profile.familyName).toContain(CANARY);

    await (await as(de)).post(`/participants/${participant.id}/consents/${consent.id}/withdrawal`).expect(200);
    const erased = await pollUntil('erasure on PL', async () => (await (await as(pl)).get(`/referrals/${sent.id}`)).body, (r) => !!r.erasedAt);
    expect(erased).toMatchObject({ profile: null, status: 'withdrawn', request: { occupation: '7212' } });
    expect(erased.request.message).toBeUndefined();
    expect(erased.request.program).toBeUndefined();
    const [{ n }] = await pl.dataSource.query(`SELECT count(*)::int AS n FROM referrals WHERE id = $1 AND referrals::text LIKE $2`, [
      sent.id,
      `%${CANARY}%`,
    ]);
    expect(n).toBe(0);
    const deView = await pollUntil('erasure seen on DE', async () => (await (await as(de)).get(`/referrals/${sent.id}`)).body, (r) => !!r.erasedAt);
    expect(deView.status).toBe('withdrawn');
    expect(stepsOf((await timelineOn(de, sent.id)).steps)).toEqual([
      'sent',
      'received',
      'consent-withdrawn',
      'data-erased',
    ]);
  });

  describe('without a covering consent', () => {
    const nothingWritten = async (work: () => Promise<unknown>) => {
      const tables = ['referrals', 'referral_steps', 'outbox', 'audit_log'] as const;
      const before = await Promise.all(tables.map((table) => de.count(table)));
      await work();
      expect(await Promise.all(tables.map((table) => de.count(table)))).toEqual(before);
    };

    it('refuses to send (409) and writes nothing', async () => {
      const { body: participant } = await (await as(de)).post('/participants', olena).expect(201);
      await nothingWritten(async () => {
        const refused = await (await as(de))
          .post('/referrals', { participantId: participant.id, destination: pl.config.MUNICIPALITY_ID })
          .expect(409);
        expect(refused.body.message).toContain('consent');
      });
    });

    it('refuses a consent that was withdrawn or names another recipient', async () => {
      const { participant, consent } = await participantReadyForReferral();
      await (await as(de)).post(`/participants/${participant.id}/consents/${consent.id}/withdrawal`).expect(200);
      await (await as(de))
        .post(`/participants/${participant.id}/consents`, {
          purposes: ['cross-border-referral'],
          noticeVersion: '2026-01',
          channel: 'paper',
          givenBy: 'participant',
          recipients: ['cz-hradek'],
        })
        .expect(201);
      await nothingWritten(async () =>
        (await as(de)).post('/referrals', { participantId: participant.id, destination: pl.config.MUNICIPALITY_ID }).expect(409),
      );
    });

    it('lets only an admin override, and records the override', async () => {
      const admin = await as(de, ['admin'], 'admin-clara');
      const { body: participant } = await admin.post('/participants', olena).expect(201);
      const override = { justification: 'Emergency placement ordered by the youth office' };
      const body = { participantId: participant.id, destination: pl.config.MUNICIPALITY_ID, override };
      const { body: other } = await (await as(de)).post('/participants', olena).expect(201);
      await (await as(de)).post('/referrals', { ...body, participantId: other.id }).expect(403);
      const { body: sent } = await admin.post('/referrals', body).expect(201);
      expect(sent).toMatchObject({ legalBasis: 'override', overrideJustification: override.justification });
      const audit = await de.dataSource.query(`SELECT action FROM audit_log WHERE resource_id = $1 AND action LIKE 'send-referral%'`, [
        participant.id,
      ]);
      expect(audit).toEqual([{ action: 'send-referral-overriding-consent' }]);
      const inbound = await statusOn(pl, sent.id, 'received');
      expect(inbound.legalBasis).toBe('override');
      expect(Object.keys(inbound.profile).sort()).toEqual(['familyName', 'givenName', 'languages']);
    });
  });

  describe('access and input', () => {
    it("hides a colleague's outbound referral (404) but shows the node's inbound queue to every caseworker", async () => {
      const { participant } = await participantReadyForReferral();
      const sent = await sendReferral(participant.id);
      await (await as(de, ['caseworker'], 'caseworker-bernd')).get(`/referrals/${sent.id}`).expect(404);
      await statusOn(pl, sent.id, 'received');
      await (await as(pl, ['caseworker'], 'caseworker-zofia')).get(`/referrals/${sent.id}`).expect(200);
      await (await as(pl, ['training_provider'])).get(`/referrals/${sent.id}`).expect(403);
    });

    it('lists by direction and status, page by page', async () => {
      const { participant } = await participantReadyForReferral();
      const ids = [(await sendReferral(participant.id)).id, (await sendReferral(participant.id)).id];
      await Promise.all(ids.map((id) => statusOn(pl, id, 'received')));
      const first = (await (await as(pl)).get('/referrals?direction=inbound&status=received&pageSize=1&page=1').expect(200)).body;
      expect(first).toMatchObject({ page: 1, pageSize: 1 });
      expect(first.total).toBeGreaterThanOrEqual(2);
      expect(first.items).toHaveLength(1);
      expect(first.items[0]).toMatchObject({ direction: 'inbound', status: 'received' });
      const mine = (await (await as(de, ['caseworker'], 'caseworker-bernd')).get('/referrals?direction=outbound').expect(200)).body;
      expect(mine.items).toEqual([]);
      await (await as(pl)).get('/referrals?direction=sideways&pageSize=1000').expect(400);
    });

    it('refuses a destination outside the federation and malformed input with field errors', async () => {
      const { participant } = await participantReadyForReferral();
      const unknown = await (await as(de)).post('/referrals', { participantId: participant.id, destination: 'cz-nowhere' }).expect(400);
      expect(unknown.body.fields).toHaveProperty('destination');
      const ownNode = await (await as(de)).post('/referrals', { participantId: participant.id, destination: de.config.MUNICIPALITY_ID });
      expect(ownNode.status).toBe(400);
      const bad = await (await as(de)).post('/referrals', { participantId: 'x', destination: 'Zgorzelec', occupation: '72', status: 'refugee' }).expect(400);
      expect(Object.keys(bad.body.fields).sort()).toEqual(['destination', 'occupation', 'participantId', 'status']);
    });
  });
});
