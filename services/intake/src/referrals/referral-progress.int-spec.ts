import { randomUUID } from 'node:crypto';
import type { Static, TSchema } from '@sinclair/typebox';
import {
  type AttendanceStatus,
  type EventContract,
  ReferralAttendanceV1,
  ReferralCredentialIssuedV1,
  ReferralCredentialRevokedV1,
  ReferralProgressV1,
  ReferredAttendanceRecordedV1,
} from '@tandem/contracts';
import { pollUntil } from '@tandem/devkit';
import { CrossBorder } from '@tandem/platform';
import { IntakeTestApp } from '../test-support/intake-test-app';
import { as, participantReadyForReferral, sendReferral, statusOn, stepsOf, timelineOn } from '../test-support/referral-fixtures';

type Progress = Omit<Static<typeof ReferralProgressV1.schema>, 'referralId' | 'at'>;

const PROGRESS_CONSENT = { purposes: ['progress-sharing'], noticeVersion: '2026-01', channel: 'in_person', givenBy: 'participant' };

describe('training progress from the partner node, on the referring node', () => {
  let de: IntakeTestApp;
  let pl: IntakeTestApp;

  beforeAll(async () => {
    [de, pl] = await IntakeTestApp.startPair();
  });

  afterAll(async () => {
    await Promise.all([de?.stop(), pl?.stop()]);
  });

  /** A referral from DE that PL accepted; `purposes` are those of the consent it was sent under. */
  const acceptedReferral = async (purposes = ['cross-border-referral', 'progress-sharing']) => {
    const { participant } = await participantReadyForReferral(de, { purposes });
    const { id } = await sendReferral(de, pl, participant.id);
    await statusOn(pl, id, 'received');
    await (await as(pl)).post(`/referrals/${id}/acceptance`).expect(200);
    await statusOn(de, id, 'accepted');
    return { participantId: participant.id as string, id: id as string };
  };

  /** A report as PL's training sends it: signed, through PL's outbox and the exchange, into DE's inbox. */
  const sendFromPl = <S extends TSchema>(contract: EventContract<S>, referralId: string, data: Static<S>) =>
    pl.dataSource.transaction((manager) => pl.app.get(CrossBorder).send(manager, { contract, subject: referralId, to: de.config.MUNICIPALITY_ID, data }));

  const reportFromPl = (referralId: string, progress: Progress) =>
    sendFromPl(ReferralProgressV1, referralId, { referralId, at: new Date().toISOString(), ...progress });

  /** Waits until DE's inbox has applied a message, whatever it made of it. */
  const untilApplied = async ({ id }: { id: string }) => {
    await pollUntil(`message ${id} applied on DE`, () => de.hasApplied(id), Boolean);
  };

  const appliedOnDe = async (referralId: string, progress: Progress) => untilApplied(await reportFromPl(referralId, progress));

  const readOnDe = async (id: string) => (await (await as(de)).get(`/referrals/${id}`).expect(200)).body;

  it("shows the trainee's way through training on the timeline, and where they are in the status", async () => {
    const { id } = await acceptedReferral();
    await appliedOnDe(id, { step: 'waitlisted' });
    expect((await readOnDe(id)).status).toBe('accepted');
    await appliedOnDe(id, { step: 'enrolled' });
    expect((await readOnDe(id)).status).toBe('in-training');
    const module = { code: 'WLD-101', title: 'Workshop safety and MAG welding basics' };
    await appliedOnDe(id, { step: 'module-completed', module });
    expect((await readOnDe(id)).status).toBe('in-training');
    await appliedOnDe(id, { step: 'completed' });
    expect((await readOnDe(id)).status).toBe('completed');

    const { steps } = await timelineOn(de, id);
    expect(stepsOf(steps)).toEqual(['sent', 'received', 'accepted', 'waitlisted', 'enrolled', 'module-completed', 'completed']);
    expect(steps[5]).toEqual({ step: 'module-completed', at: expect.any(String), by: pl.config.MUNICIPALITY_ID, detail: { module } });
    expect((await (await as(de)).get('/referrals?direction=outbound&status=completed&pageSize=100').expect(200)).body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id, status: 'completed' })]),
    );
  });

  it('records a drop with its coarse reason, and lets the referring node withdraw a referral in training', async () => {
    const dropped = await acceptedReferral();
    await appliedOnDe(dropped.id, { step: 'enrolled' });
    await appliedOnDe(dropped.id, { step: 'dropped', reason: 'found-employment' });
    expect((await readOnDe(dropped.id)).status).toBe('dropped');
    expect((await timelineOn(de, dropped.id)).steps.at(-1)).toMatchObject({ step: 'dropped', reason: 'found-employment' });
    await (await as(de)).post(`/referrals/${dropped.id}/withdrawal`, { reason: 'other' }).expect(409);

    const training = await acceptedReferral();
    await appliedOnDe(training.id, { step: 'enrolled' });
    await (await as(de)).post(`/referrals/${training.id}/withdrawal`, { reason: 'moved-away' }).expect(200);
    await statusOn(pl, training.id, 'withdrawn');
  });

  describe('without a consent in force that lets PL share progress with DE', () => {
    const nothingRecorded = async (id: string, progress: Progress) => {
      const before = await Promise.all([readOnDe(id), timelineOn(de, id)]);
      await appliedOnDe(id, progress);
      expect(await Promise.all([readOnDe(id), timelineOn(de, id)])).toEqual(before);
    };

    it('records nothing when the consent never named progress sharing', async () => {
      const { id } = await acceptedReferral(['cross-border-referral']);
      await nothingRecorded(id, { step: 'enrolled' });
    });

    it('records nothing when the consent to share progress names another recipient', async () => {
      const { participantId, id } = await acceptedReferral(['cross-border-referral']);
      await (await as(de)).post(`/participants/${participantId}/consents`, { ...PROGRESS_CONSENT, recipients: ['cz-hradek'] }).expect(201);
      await nothingRecorded(id, { step: 'enrolled' });
    });

    it('records nothing further once the participant withdrew it, though the referral stays open', async () => {
      const { participantId, id } = await acceptedReferral(['cross-border-referral']);
      const { body: consent } = await (await as(de)).post(`/participants/${participantId}/consents`, PROGRESS_CONSENT).expect(201);
      await appliedOnDe(id, { step: 'enrolled' });
      expect((await readOnDe(id)).status).toBe('in-training');
      await (await as(de)).post(`/participants/${participantId}/consents/${consent.id}/withdrawal`).expect(200);
      await nothingRecorded(id, { step: 'module-completed', module: { code: 'WLD-102', title: 'Flux-cored arc welding' } });
      await nothingRecorded(id, { step: 'completed' });
    });
  });

  it('dead-letters progress on a referral DE does not share with PL as its partner, and records nothing', async () => {
    const { participant } = await participantReadyForReferral(pl);
    const fromPl = await sendReferral(pl, de, participant.id);
    await statusOn(de, fromPl.id, 'received');
    const timelineBefore = await timelineOn(de, fromPl.id);
    const { id: eventId } = await reportFromPl(fromPl.id, { step: 'enrolled' });
    const letters = await pollUntil(`dead letter of ${eventId}`, () => de.readExchangeDeadLetters(), (all) =>
      all.some((letter) => letter.headers['ce_id'] === eventId),
    );
    expect(letters.find((letter) => letter.headers['ce_id'] === eventId)?.headers['dlq_reason']).toBe('handler-failed');
    expect(await timelineOn(de, fromPl.id)).toEqual(timelineBefore);
    expect((await readOnDe(fromPl.id)).status).toBe('received');
  });

  describe('credentials PL issues to the trainee', () => {
    const credentialFromPl = (referralId: string) =>
      sendFromPl(ReferralCredentialIssuedV1, referralId, {
        referralId,
        credentialId: randomUUID(),
        code: 'WLD-101',
        title: 'Workshop safety and MAG welding basics',
        issuedAt: new Date().toISOString(),
        credential: 'eyJhbGciOiJFZERTQSJ9.eyJpZCI6InVybjp1dWlkIn0.c2lnbmF0dXJl',
      });

    it('puts each on the timeline with the signed credential to hand on, and its revocation after it', async () => {
      const { id } = await acceptedReferral();
      const issued = await credentialFromPl(id);
      await untilApplied(issued);
      const { credentialId, code, title, credential: jws } = issued.data;
      const revoked = await sendFromPl(ReferralCredentialRevokedV1, id, { referralId: id, credentialId, code, revokedAt: new Date().toISOString() });
      await untilApplied(revoked);

      const { steps } = await timelineOn(de, id);
      expect(steps.slice(-2)).toEqual([
        { step: 'credential-issued', at: issued.data.issuedAt, by: pl.config.MUNICIPALITY_ID, detail: { credential: { id: credentialId, code, title, jws } } },
        { step: 'credential-revoked', at: revoked.data.revokedAt, by: pl.config.MUNICIPALITY_ID, detail: { credential: { id: credentialId, code } } },
      ]);
      expect((await readOnDe(id)).status).toBe('accepted');
    });

    it('records none without a consent in force that lets PL share progress with DE', async () => {
      const { id } = await acceptedReferral(['cross-border-referral']);
      const before = await timelineOn(de, id);
      await untilApplied(await credentialFromPl(id));
      expect(await timelineOn(de, id)).toEqual(before);
    });
  });

  describe('attendance, for the stipends DE pays', () => {
    const attendanceFromPl = (referralId: string, status: AttendanceStatus = 'present') =>
      sendFromPl(ReferralAttendanceV1, referralId, { referralId, sessionId: randomUUID(), date: '2026-10-01', status, recordedAt: new Date().toISOString() });

    /** What DE's intake passed on to its support service about one referral, as its outbox wrote it. */
    const passedOn = async (referralId: string) => {
      const rows: Array<{ message_key: string; payload: string }> = await de.dataSource.query(
        `SELECT message_key, payload FROM outbox WHERE headers->>'ce_type' = $1 AND payload::jsonb->>'referralId' = $2 ORDER BY id`,
        [ReferredAttendanceRecordedV1.type, referralId],
      );
      return rows.map((row) => ({ key: row.message_key, data: JSON.parse(row.payload) }));
    };

    it("passes it on to DE's support on the referral topic, keyed by the participant, and leaves the timeline alone", async () => {
      const { participantId, id } = await acceptedReferral();
      const before = await Promise.all([readOnDe(id), timelineOn(de, id)]);
      const sent = await attendanceFromPl(id, 'absent');
      await untilApplied(sent);

      const read = async () => (await de.readLocalTopic('referral')).filter((record) => record.headers['ce_type'] === ReferredAttendanceRecordedV1.type);
      const records = await pollUntil('attendance on DE', read, (found) => found.some((record) => JSON.parse(record.value).referralId === id));
      const record = records.find((found) => JSON.parse(found.value).referralId === id);
      expect(record?.key).toBe(participantId);
      expect(JSON.parse(record?.value ?? '{}')).toEqual({ participantId, ...sent.data });
      expect(await Promise.all([readOnDe(id), timelineOn(de, id)])).toEqual(before);
    });

    it('passes nothing on once the participant withdrew the consent to share progress', async () => {
      const { participantId, id } = await acceptedReferral(['cross-border-referral']);
      const { body: consent } = await (await as(de)).post(`/participants/${participantId}/consents`, PROGRESS_CONSENT).expect(201);
      await untilApplied(await attendanceFromPl(id));
      expect(await passedOn(id)).toHaveLength(1);
      await (await as(de)).post(`/participants/${participantId}/consents/${consent.id}/withdrawal`).expect(200);
      await untilApplied(await attendanceFromPl(id));
      expect(await passedOn(id)).toHaveLength(1);
    });

    it('dead-letters attendance on a referral DE does not share with PL as its partner, and passes nothing on', async () => {
      const { participant } = await participantReadyForReferral(pl);
      const fromPl = await sendReferral(pl, de, participant.id);
      await statusOn(de, fromPl.id, 'received');
      const { id: eventId } = await attendanceFromPl(fromPl.id);
      const letters = await pollUntil(`dead letter of ${eventId}`, () => de.readExchangeDeadLetters(), (all) =>
        all.some((letter) => letter.headers['ce_id'] === eventId),
      );
      expect(letters.find((letter) => letter.headers['ce_id'] === eventId)?.headers['dlq_reason']).toBe('handler-failed');
      expect(await passedOn(fromPl.id)).toEqual([]);
    });
  });
});
