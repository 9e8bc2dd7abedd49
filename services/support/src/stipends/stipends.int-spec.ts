import { randomUUID } from 'node:crypto';
import { AttendanceRecordedV1, ReferredAttendanceRecordedV1, StipendCalculatedV1 } from '@tandem/contracts';
import { pollUntil, publishAs, published, type ServiceTestApp } from '@tandem/devkit';
import { startSupportApp } from '../test-support/support-test-app';
import { EVA, type Funding, grant, outboxPayloads, participantOf, seedFunding } from '../test-support/support-fixtures';

const MONTHLY = 30_000;
const STIPEND = { kind: 'stipend', unit: 'month', unitCostMinor: MONTHLY, rules: { attendance: { fullFrom: 0.8, below: 'pro-rata' } } };

describe('stipends from attendance', () => {
  let support: ServiceTestApp;
  let funding: Funding;

  beforeAll(async () => {
    support = await startSupportApp();
    funding = await seedFunding(support, STIPEND);
  });
  afterAll(() => support?.stop());

  const eva = () => support.as(EVA.roles, EVA.subject);
  const october = (day: number) => `2026-10-${String(day).padStart(2, '0')}`;

  /** Training's registers for a local trainee: `present` of `sessions` October sessions attended. */
  async function attendedHere(participantId: string, sessions: number, present: number): Promise<void> {
    for (let day = 1; day <= sessions; day++) {
      const sessionId = randomUUID();
      const record = { enrollmentId: randomUUID(), trainee: { participantId, homeMunicipality: support.municipality }, status: day <= present ? 'present' : 'absent' };
      await publishAs(support, 'training', AttendanceRecordedV1, sessionId, {
        sessionId,
        cohortId: randomUUID(),
        programId: randomUUID(),
        date: october(day),
        recordedAt: new Date().toISOString(),
        records: [record as never],
      });
    }
  }

  /** Intake passing on attendance across the border: `present` of `sessions`. */
  async function attendedAcross(participantId: string, sessions: number, present: number): Promise<void> {
    for (let day = 1; day <= sessions; day++) {
      await publishAs(support, 'intake', ReferredAttendanceRecordedV1, participantId, {
        participantId,
        referralId: randomUUID(),
        sessionId: randomUUID(),
        date: october(day),
        status: day <= present ? 'present' : 'absent',
        recordedAt: new Date().toISOString(),
      });
    }
  }

  const arrived = (participantId: string, sessions: number) =>
    pollUntil('attendance kept', () => support.dataSource.query('SELECT 1 FROM attendance WHERE participant_id = $1', [participantId]), (rows) => rows.length === sessions);

  async function stipendOf(participantId: string) {
    const { id } = await grant(support, funding, { participantId, capMinor: 3 * MONTHLY });
    return { id, response: await (await eva()).post(`/entitlements/${id}/stipends`).send({ month: '2026-10' }) };
  }

  it('pays in full at the threshold from local attendance, into the support log', async () => {
    const participantId = await participantOf(support, 'caseworker-anna');
    await attendedHere(participantId, 10, 8);
    await arrived(participantId, 10);
    const { id, response } = await stipendOf(participantId);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ present: 8, absent: 2, attendanceRate: 0.8, outcome: 'full', amountMinor: MONTHLY, deliveryId: expect.any(String) });
    const log = await (await eva()).get(`/entitlements/${id}/deliveries`);
    expect(log.body).toEqual([expect.objectContaining({ date: '2026-10-31', amountMinor: MONTHLY })]);
    const [event] = await published(support, StipendCalculatedV1, { subject: id });
    expect(event).toMatchObject({ month: '2026-10', outcome: 'full', amount: { amountMinor: MONTHLY, currency: 'EUR' } });
  });

  it('pays pro rata from attendance across the border, and a month only once', async () => {
    const participantId = await participantOf(support, 'caseworker-anna');
    await attendedAcross(participantId, 10, 5);
    await arrived(participantId, 10);
    const { id, response } = await stipendOf(participantId);
    expect(response.body).toMatchObject({ attendanceRate: 0.5, outcome: 'pro-rata', amountMinor: MONTHLY / 2 });
    expect((await (await eva()).post(`/entitlements/${id}/stipends`).send({ month: '2026-10' })).status).toBe(409);
    expect((await (await support.as(['caseworker'], 'caseworker-anna')).get(`/entitlements/${id}/stipends`)).body).toHaveLength(1);
    expect((await outboxPayloads(support, id)).join()).not.toContain('Single parent');
  });

  it('pays nothing for a month without sessions, and refuses months not ended, outside the period, or not a stipend', async () => {
    const participantId = await participantOf(support, 'caseworker-anna');
    const { id, response } = await stipendOf(participantId);
    expect(response.body).toMatchObject({ attendanceRate: null, outcome: 'none', amountMinor: 0, deliveryId: null });
    const calculate = async (month: string) => (await (await eva()).post(`/entitlements/${id}/stipends`).send({ month })).status;
    expect(await calculate('2099-01')).toBe(400);
    expect(await calculate('2026-09')).toBe(409);
    expect(await calculate('2026-13')).toBe(400);
    const childcare = await grant(support, await seedFunding(support), { participantId });
    expect((await (await eva()).post(`/entitlements/${childcare.id}/stipends`).send({ month: '2026-10' })).status).toBe(409);
    expect((await (await support.as(['caseworker'], 'caseworker-anna')).post(`/entitlements/${id}/stipends`).send({ month: '2026-10' })).status).toBe(403);
  });
});
