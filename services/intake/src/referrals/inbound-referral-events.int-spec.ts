import { pollUntil } from '@tandem/devkit';
import { IntakeTestApp } from '../test-support/intake-test-app';
import { as, olena, participantReadyForReferral, sendReferral, statusOn } from '../test-support/referral-fixtures';

const ACCEPTED = 'tandem.intake.inbound-referral-accepted.v1';
const ENDED = 'tandem.intake.inbound-referral-ended.v1';
const NOTE_CANARY = 'NOTE-CANARY-inbound-events';

describe('what the receiving node tells its own services about inbound referrals', () => {
  let de: IntakeTestApp;
  let pl: IntakeTestApp;

  beforeAll(async () => {
    [de, pl] = await IntakeTestApp.startPair();
  });

  afterAll(async () => {
    await Promise.all([de?.stop(), pl?.stop()]);
  });

  const receivedOnPl = async (referral: { id: string }) => (await statusOn(pl, referral.id, 'received')).id as string;
  const accept = async (id: string) => (await as(pl, ['caseworker'], 'caseworker-piotr')).post(`/referrals/${id}/acceptance`).expect(200);
  const withdraw = async (node: IntakeTestApp, id: string) =>
    (await as(node)).post(`/referrals/${id}/withdrawal`, { reason: 'participant-request' }).expect(200);

  /** PL's events on its node-local referral topic for one referral, once `count` of them are published. */
  const publishedOnPl = async (id: string, count: number) => {
    const read = async () => (await pl.readLocalTopic('referral')).filter((record) => record.key === id);
    const records = await pollUntil(`${count} events of referral ${id} on PL`, read, (found) => found.length >= count);
    return records.map((record) => ({ type: record.headers['ce_type'], data: JSON.parse(record.value), raw: record.value }));
  };

  it('announces an acceptance with the request and the shared name and languages only, sharing progress and with employers as the consent allows', async () => {
    const sharing = await participantReadyForReferral(de, {
      purposes: ['cross-border-referral', 'progress-sharing', 'employer-sharing'],
      fields: ['givenName', 'familyName', 'dateOfBirth', 'languages'],
    });
    const notSharing = await participantReadyForReferral(de, { fields: ['familyName', 'languages'] });
    const withProgress = await receivedOnPl(await sendReferral(de, pl, sharing.participant.id, { message: `Call her ${NOTE_CANARY}` }));
    const withoutProgress = await receivedOnPl(await sendReferral(de, pl, notSharing.participant.id));
    await accept(withProgress);
    await accept(withoutProgress);

    const [accepted] = await publishedOnPl(withProgress, 1);
    expect(accepted.type).toBe(ACCEPTED);
    expect(accepted.data).toEqual({
      referralId: withProgress,
      from: de.config.MUNICIPALITY_ID,
      acceptedAt: expect.any(String),
      request: { occupation: '7212', program: 'Welding' },
      trainee: { givenName: olena.givenName, familyName: olena.familyName },
      progressSharing: true,
      employerSharing: true,
      languages: olena.languages,
    });
    expect(accepted.raw).not.toContain(NOTE_CANARY);
    const [other] = await publishedOnPl(withoutProgress, 1);
    expect(other.data).toMatchObject({ trainee: { familyName: olena.familyName }, progressSharing: false, employerSharing: false });
    expect(other.data.trainee).toEqual({ familyName: olena.familyName });
  });

  it('never shares progress from a referral sent overriding consent', async () => {
    const { body: participant } = await (await as(de)).post('/participants', olena).expect(201);
    const override = { justification: 'Emergency placement ordered by the youth office' };
    const body = { participantId: participant.id, destination: pl.config.MUNICIPALITY_ID, override };
    const { body: sent } = await (await as(de, ['admin'], 'admin-clara')).post('/referrals', body).expect(201);
    await accept(await receivedOnPl(sent));
    const [accepted] = await publishedOnPl(sent.id, 1);
    expect(accepted.data).toMatchObject({ trainee: { givenName: olena.givenName, familyName: olena.familyName }, progressSharing: false, employerSharing: false });
  });

  it('announces the end of an accepted referral however it ends, and nothing for one never accepted', async () => {
    const { participant, consent } = await participantReadyForReferral(de);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await receivedOnPl(await sendReferral(de, pl, participant.id)));
    const [withdrawnByPl, withdrawnByDe, endedByConsent, neverAccepted] = ids;
    for (const id of [withdrawnByPl, withdrawnByDe, endedByConsent]) await accept(id);
    await withdraw(pl, withdrawnByPl);
    await withdraw(de, withdrawnByDe);
    await withdraw(de, neverAccepted);
    await Promise.all([withdrawnByDe, neverAccepted].map((id) => statusOn(pl, id, 'withdrawn')));

    await (await as(de)).post(`/participants/${participant.id}/consents/${consent.id}/withdrawal`).expect(200);
    const readOnPl = async (id: string) => (await (await as(pl)).get(`/referrals/${id}`)).body;
    await Promise.all(ids.map((id) => pollUntil(`erasure of ${id} on PL`, () => readOnPl(id), (referral) => !!referral.erasedAt)));

    const endsOf = async (id: string, count: number) =>
      (await publishedOnPl(id, count)).map(({ type, data }) => (type === ENDED ? `${data.reason}` : type));
    // Erasure reaches every copy of the name, even of a referral that had already ended.
    expect(await endsOf(withdrawnByPl, 3)).toEqual([ACCEPTED, 'withdrawn', 'consent-withdrawn']);
    expect(await endsOf(withdrawnByDe, 3)).toEqual([ACCEPTED, 'withdrawn', 'consent-withdrawn']);
    expect(await endsOf(endedByConsent, 2)).toEqual([ACCEPTED, 'consent-withdrawn']);
    // Its erasure has committed, so anything it announced would already be in the outbox.
    const [{ n }] = await pl.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = $1 AND message_key = $2`, [
      `${pl.config.MUNICIPALITY_ID}.intake.referral.v1`,
      neverAccepted,
    ]);
    expect(n).toBe(0);
  });
});
