import type { KafkaRecord } from '@tandem/contracts';
import { type CanaryHit, type NodeClient, NodePair, type ReadRecord, type TestNode } from '@tandem/devkit';
import { asNewMessage, deadLetterOf, firstRecordFor } from './support/inbox-records';
import {
  canary,
  type ConsentTerms,
  expectStatus,
  grantConsent,
  type Page,
  type ParticipantInput,
  participantInput,
  readReferral,
  referralInStatus,
  type ReferralView,
  referralWhen,
  registerParticipant,
  seedUnsharedDetails,
  sendReferral,
  timelineWith,
  withdrawConsent,
} from './support/referral-api';

const PROFILE_FIELDS = ['givenName', 'familyName', 'languages', 'skills'];

describe('cross-border referrals between two real nodes', () => {
  let pair: NodePair;
  let de: NodeClient;
  let pl: NodeClient;
  let deAdmin: NodeClient;

  beforeAll(async () => {
    pair = await NodePair.start({ label: 'xb' });
    de = await pair.de.as(['caseworker'], 'caseworker-anna');
    pl = await pair.pl.as(['caseworker'], 'caseworker-marta');
    deAdmin = await pair.de.as(['admin'], 'admin-dieter');
  }, 300_000);

  afterAll(async () => {
    await pair?.stop();
  });

  interface Referable {
    participantId: string;
    consentId: string;
    input: ParticipantInput;
  }

  async function consentingParticipant(
    client = de,
    overrides: Partial<ParticipantInput> = {},
    terms: ConsentTerms = {},
  ): Promise<Referable> {
    const input = participantInput(pair.de.municipality, overrides);
    const participantId = await registerParticipant(client, input);
    const consentId = await grantConsent(client, participantId, { recipients: [pair.pl.municipality], ...terms });
    return { participantId, consentId, input };
  }

  function referralBody({ participantId, consentId }: Referable, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      participantId,
      destination: pair.pl.municipality,
      consentId,
      occupation: '7212',
      program: 'Welding, evening cohort',
      message: 'Starts in March; travels by train.',
      ...extra,
    };
  }

  /** Sent by DE, stored by PL, and DE has heard so. */
  async function receivedReferral(client = de, referable?: Referable): Promise<Referable & { referralId: string }> {
    const participant = referable ?? (await consentingParticipant(client));
    const sent = await sendReferral(client, referralBody(participant));
    await referralInStatus(pl, sent.id, 'received');
    await referralInStatus(client, sent.id, 'received');
    return { ...participant, referralId: sent.id };
  }

  async function sameTimelineOnBothNodes(referralId: string, steps: string[], by: TestNode[]) {
    const timeline = await timelineWith(de, referralId, steps);
    expect(timeline.map((entry) => entry.by)).toEqual(by.map((node) => node.municipality));
    expect(await timelineWith(pl, referralId, steps)).toEqual(timeline);
    return timeline;
  }

  it('carries a referral from DE to PL and its acceptance back, with the same timeline on both sides', async () => {
    const participant = await consentingParticipant();
    const sent = await sendReferral(de, referralBody(participant));
    expect(sent).toMatchObject({ direction: 'outbound', status: 'sent', partner: pair.pl.municipality });

    const inbound = await referralInStatus(pl, sent.id, 'received');
    expect(inbound).toMatchObject({ id: sent.id, direction: 'inbound', partner: pair.de.municipality });
    const { givenName, familyName, languages } = participant.input;
    expect(inbound.profile).toMatchObject({ givenName, familyName, languages });
    expect(PROFILE_FIELDS).toEqual(expect.arrayContaining(Object.keys(inbound.profile ?? {})));
    await referralInStatus(de, sent.id, 'received');

    expectStatus(await pl.post(`/referrals/${sent.id}/acceptance`), 200, 'accepting');
    await referralInStatus(de, sent.id, 'accepted');
    expect(await readReferral(pl, sent.id)).toMatchObject({ status: 'accepted' });
    await sameTimelineOnBothNodes(sent.id, ['sent', 'received', 'accepted'], [pair.de, pair.pl, pair.pl]);
  });

  it('carries a decline with its reason and comment back to DE', async () => {
    const { referralId } = await receivedReferral();
    const decline = { reason: 'no-capacity', comment: 'The March cohort is full.' };
    expectStatus(await pl.post(`/referrals/${referralId}/decline`, decline), 200, 'declining');
    await referralInStatus(de, referralId, 'declined');
    const timeline = await sameTimelineOnBothNodes(referralId, ['sent', 'received', 'declined'], [pair.de, pair.pl, pair.pl]);
    expect(timeline[2]).toMatchObject(decline);
  });

  it.each([
    { side: 'sending', node: 'de', reason: 'found-other-program' },
    { side: 'receiving', node: 'pl', reason: 'moved-away' },
  ] as const)('lets the $side caseworker withdraw a referral, and both sides show it', async ({ node, reason }) => {
    const { referralId } = await receivedReferral();
    const withdrawal = { reason, comment: 'Said so on the phone.' };
    expectStatus(await (node === 'de' ? de : pl).post(`/referrals/${referralId}/withdrawal`, withdrawal), 200, 'withdrawing');
    await referralInStatus(de, referralId, 'withdrawn');
    await referralInStatus(pl, referralId, 'withdrawn');
    const timeline = await sameTimelineOnBothNodes(referralId, ['sent', 'received', 'withdrawn'], [pair.de, pair.pl, pair[node]]);
    expect(timeline[2]).toMatchObject(withdrawal);
  });

  it('lists referrals by direction and status, a page at a time', async () => {
    const { referralId } = await receivedReferral();
    const list = async (client: NodeClient, query: string) =>
      expectStatus(await client.get<Page<ReferralView>>(`/referrals?${query}`), 200, `listing ${query}`);

    const outbound = await list(de, 'direction=outbound&status=received&page=1&pageSize=20');
    expect(outbound).toMatchObject({ page: 1, pageSize: 20 });
    expect(outbound.items.map((item) => item.id)).toContain(referralId);
    expect(outbound.items.every((item) => item.direction === 'outbound' && item.status === 'received')).toBe(true);
    const inbound = await list(pl, 'direction=inbound&status=received&page=1&pageSize=20');
    expect(inbound.items.map((item) => item.id)).toContain(referralId);
    expect((await list(pl, 'direction=outbound&page=1&pageSize=20')).items).toEqual([]);

    const firstOfAll = await list(pl, 'direction=inbound&page=1&pageSize=1');
    expect(firstOfAll.items).toHaveLength(1);
    expect(firstOfAll.total).toBeGreaterThan(1);
  });

  it('refuses a referral no consent in force covers, writing and sending nothing', async () => {
    const otherPurpose = await consentingParticipant(de, {}, { purposes: ['progress-sharing'] });
    const withdrawn = await consentingParticipant();
    await withdrawConsent(de, withdrawn.participantId, withdrawn.consentId);

    for (const refused of [otherPurpose, withdrawn]) {
      const answer = await de.post('/referrals', referralBody(refused));
      expect(answer.status).toBe(409);
      expect(JSON.stringify(answer.body)).toMatch(/consent/i);
      expect(await pair.de.database.count('referrals', 'participant_id = $1', [refused.participantId])).toBe(0);
      const outboxRows = await pair.de.database.count('outbox', `topic LIKE 'xb.%' AND payload LIKE '%' || $1 || '%'`, [refused.input.givenName]);
      expect(outboxRows).toBe(0);
    }
    // The relay publishes in outbox order: once a later referral arrived, anything written before it would have too.
    await receivedReferral();
    const { hits } = await pair.searchExchange([otherPurpose.input.givenName, withdrawn.input.givenName]);
    expect(hits).toEqual([]);
  });

  it('sends a referral without a covering consent only on an admin override, and records who and why', async () => {
    const participant = await consentingParticipant(de, {}, { purposes: ['progress-sharing'] });
    const justification = canary('Cohort closes Friday; approved by the head of office ');
    const body = referralBody(participant, { override: { justification } });

    expect((await de.post('/referrals', body)).status).not.toBe(201);
    const sent = await sendReferral(deAdmin, body);
    expect(sent).toMatchObject({ direction: 'outbound', status: 'sent', partner: pair.pl.municipality });
    const audit = await pair.de.database.query('SELECT actor, action FROM audit_log WHERE resource_id = ANY($1)', [
      [sent.id, participant.participantId],
    ]);
    expect(audit).toContainEqual({ actor: 'admin-dieter', action: expect.stringMatching(/overrid/) });
    expect(Object.keys(await pair.de.database.tablesContaining(justification))).not.toEqual([]);
    await referralInStatus(pl, sent.id, 'received');
  });

  it("erases PL's copy when the participant withdraws consent in DE, and both timelines say so", async () => {
    const { participantId, consentId, input, referralId } = await receivedReferral();
    expect((await readReferral(pl, referralId)).profile).toMatchObject({ givenName: input.givenName });
    // Proves the search below can find the name where PL keeps it.
    expect(await pair.pl.database.tablesContaining(input.givenName)).not.toEqual({});

    await withdrawConsent(de, participantId, consentId);
    const erased = await referralWhen(pl, referralId, 'PL to erase the profile', (view) => view.profile === null);
    expect(erased.erasedAt).toEqual(expect.any(String));
    const steps = ['sent', 'received', 'consent-withdrawn', 'data-erased'];
    await sameTimelineOnBothNodes(referralId, steps, [pair.de, pair.pl, pair.de, pair.pl]);
    expect(await pair.pl.database.tablesContaining(input.givenName)).toEqual({});
    expect(await pair.pl.database.tablesContaining(input.familyName)).toEqual({});
  });

  describe('messages PL must not apply', () => {
    let genuine: ReadRecord;

    beforeAll(async () => {
      const { referralId } = await receivedReferral();
      genuine = await firstRecordFor(pair.kafka, pair.pl.inboxTopic, referralId);
    }, 120_000);

    async function expectDeadLettered(record: KafkaRecord, eventId: string, reason: string): Promise<void> {
      const referralsBefore = await pair.pl.database.count('referrals');
      await pair.publishRaw(pair.pl.inboxTopic, [record]);
      const letter = await deadLetterOf(pair.kafka, pair.pl.inboxTopic, eventId, reason);
      expect(letter).toMatchObject({ key: record.key, value: record.value });
      expect(await pair.pl.database.count('referrals')).toBe(referralsBefore);
    }

    it('dead-letters a message signed by a key the federation file does not list', async () => {
      const forged = asNewMessage(genuine);
      const signed = await (await pair.outsider.signerAs(pair.de.municipality)).sign(forged.record, pair.pl.municipality);
      await expectDeadLettered(signed, forged.eventId, 'bad-signature');
      expect((await pl.get(`/referrals/${forged.key}`)).status).toBe(404);
    });

    it('dead-letters a genuine message published a second time', async () => {
      const { key, value, headers } = genuine;
      await expectDeadLettered({ key, value, headers }, headers['ce_id']!, 'replayed');
    });

    it('dead-letters a message DE really signed for another municipality', async () => {
      const misrouted = asNewMessage(genuine);
      const signed = await (await pair.de.signer()).sign(misrouted.record, pair.bystander.id);
      await expectDeadLettered(signed, misrouted.eventId, 'wrong-destination');
      expect((await pl.get(`/referrals/${misrouted.key}`)).status).toBe(404);
    });
  });

  it('lets no unconsented or special-category detail cross the border in any flow', async () => {
    const caseworker = await pair.de.as(['caseworker'], 'caseworker-jonas');
    const secrets = {
      familyName: canary('Famcanary'),
      dateOfBirth: '1961-07-29',
      residenceMunicipality: `de-${canary('rescanary')}`,
      gender: 'diverse',
      status: 'refugee',
    };
    const participant = await consentingParticipant(caseworker, secrets, { fields: ['givenName', 'languages', 'skills'] });
    const unshared = await seedUnsharedDetails(caseworker, participant.participantId);

    const flows: Array<{ by: NodeClient; action: string; body: Record<string, unknown>; status: string }> = [
      { by: pl, action: 'decline', body: { reason: 'not-eligible', comment: 'Needs B1 Polish first.' }, status: 'declined' },
      { by: pl, action: 'withdrawal', body: { reason: 'participant-request' }, status: 'withdrawn' },
      { by: caseworker, action: 'withdrawal', body: { reason: 'other' }, status: 'withdrawn' },
      { by: pl, action: 'acceptance', body: {}, status: 'accepted' },
    ];
    let accepted = '';
    for (const { by, action, body, status } of flows) {
      const { referralId } = await receivedReferral(caseworker, participant);
      expectStatus(await by.post(`/referrals/${referralId}/${action}`, body), 200, action);
      await referralInStatus(caseworker, referralId, status);
      await referralInStatus(pl, referralId, status);
      accepted = referralId;
    }
    await withdrawConsent(caseworker, participant.participantId, participant.consentId);
    await timelineWith(caseworker, accepted, ['sent', 'received', 'accepted', 'consent-withdrawn', 'data-erased']);

    const canaries = [...Object.values(secrets), ...unshared];
    const { records, hits } = await pair.searchExchange([...canaries, participant.input.givenName]);
    expect(records).toBeGreaterThan(0);
    // The consented name did cross: the search reads the very records that carried this participant.
    expect(hits.some((hit) => hit.canary === participant.input.givenName)).toBe(true);
    // Gender leaves intake only as the home node's own demographics event, for its outcome figures.
    const homeDemographics = `${pair.de.municipality}.intake.participant.v1`;
    const allowed = (hit: CanaryHit) =>
      hit.canary === participant.input.givenName || (hit.canary === secrets.gender && hit.topic === homeDemographics);
    expect(hits.filter((hit) => !allowed(hit))).toEqual([]);
    for (const secret of canaries) {
      expect({ secret, tables: await pair.pl.database.tablesContaining(secret) }).toEqual({ secret, tables: {} });
    }
  }, 240_000);

  it("refuses DE's tokens at PL", async () => {
    const deToken = await pair.de.token(['caseworker'], 'caseworker-anna');
    const forDeFromPlIssuer = await pair.pl.issuer.token({ sub: 'caseworker-anna', municipality: pair.de.municipality, roles: ['caseworker'] });
    for (const token of [deToken, forDeFromPlIssuer]) {
      const client = pair.pl.withToken(token);
      expect((await client.get('/referrals?direction=inbound&page=1&pageSize=20')).status).toBe(401);
      expect((await client.post('/participants', participantInput(pair.pl.municipality))).status).toBe(401);
    }
  });

  it('answers bad input with 400 naming each wrong field, and writes nothing', async () => {
    const { referralId } = await receivedReferral();
    const counts = async () => ({
      de: [await pair.de.database.count('referrals'), await pair.de.database.count('outbox')],
      pl: [await pair.pl.database.count('referrals'), await pair.pl.database.count('outbox')],
    });
    const before = await counts();

    const badReferral = await de.post<{ fields: Record<string, string[]> }>('/referrals', {
      participantId: 'not-a-uuid',
      destination: 'Poland',
      consentId: 42,
      occupation: 'welder',
      program: 'p'.repeat(201),
      message: 'm'.repeat(1001),
      surprise: true,
    });
    expect(badReferral.status).toBe(400);
    const wrong = ['participantId', 'destination', 'consentId', 'occupation', 'program', 'message', 'surprise'];
    expect(Object.keys(badReferral.body.fields)).toEqual(expect.arrayContaining(wrong));
    for (const [client, path] of [
      [pl, `/referrals/${referralId}/decline`],
      [de, `/referrals/${referralId}/withdrawal`],
    ] as const) {
      const answer = await client.post<{ fields: Record<string, string[]> }>(path, { reason: 'bored' });
      expect(answer.status).toBe(400);
      expect(Object.keys(answer.body.fields)).toContain('reason');
    }
    const badList = await de.get<{ fields: Record<string, string[]> }>('/referrals?direction=sideways&page=1&pageSize=20');
    expect(badList.status).toBe(400);
    expect(Object.keys(badList.body.fields)).toContain('direction');

    expect(await counts()).toEqual(before);
    expect(await readReferral(pl, referralId)).toMatchObject({ status: 'received' });
    expect(await readReferral(de, referralId)).toMatchObject({ status: 'received' });
  });
});
