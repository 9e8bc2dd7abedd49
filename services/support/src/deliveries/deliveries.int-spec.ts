import { randomUUID } from 'node:crypto';
import { SupportDeliveredV1 } from '@tandem/contracts';
import { published, type ServiceTestApp } from '@tandem/devkit';
import { entitlementBody, EVA, type Funding, grant, outboxPayloads, participantOf, seedFunding } from '../test-support/support-fixtures';
import { startSupportApp } from '../test-support/support-test-app';

const NOTE = 'Talked about the flashbacks after the border crossing; next session in two weeks';
const COUNSELLING = { kind: 'psychosocial-care', unit: 'session', unitCostMinor: 6_000 };

describe('support log API', () => {
  let support: ServiceTestApp;

  beforeAll(async () => {
    support = await startSupportApp();
  });
  afterAll(() => support?.stop());

  const eva = () => support.as(EVA.roles, EVA.subject);
  const log = async (entitlementId: string, body: object) => (await eva()).post(`/entitlements/${entitlementId}/deliveries`).send(body);
  const session = (overrides: object = {}) => ({ date: '2026-10-06', units: 1, provider: 'Caritas counselling Görlitz', note: NOTE, ...overrides });
  const counselling = (): Promise<Funding> => seedFunding(support, COUNSELLING);

  it('logs a delivery priced at the unit cost, charges it to the budget and announces it without provider or note', async () => {
    const funding = await counselling();
    const { id, participantId } = await grant(support, funding, { capMinor: 30_000 });
    const logged = await log(id, session());
    expect(logged.status).toBe(201);
    expect(logged.body).toEqual({
      ...session(),
      id: expect.any(String),
      entitlementId: id,
      amountMinor: 6_000,
      currency: 'EUR',
      recordedBy: 'sw-eva',
      recordedAt: expect.any(String),
    });
    const [delivered] = await published(support, SupportDeliveredV1, { subject: id });
    expect(delivered).toEqual({
      entitlementId: id,
      participantId,
      supportType: 'psychosocial-care',
      deliveryId: logged.body.id,
      date: '2026-10-06',
      units: 1,
      cost: { amountMinor: 6_000, currency: 'EUR' },
      recordedAt: logged.body.recordedAt,
    });
    const payloads = (await outboxPayloads(support, id)).join();
    expect(payloads).not.toContain('flashbacks');
    expect(payloads).not.toContain('Caritas');
    expect(await (await eva()).get(`/budgets/${funding.budgetId}`).then((response) => response.body)).toMatchObject({ committedMinor: 30_000, spentMinor: 6_000 });
    expect((await log(id, session({ units: 1.5, amountMinor: 7_000, note: undefined }))).body).toMatchObject({ amountMinor: 7_000, units: 1.5, note: null });
  });

  it('refuses a delivery that would take the entitlement over its cap, in money or in units, and writes nothing', async () => {
    const { id } = await grant(support, await counselling(), { capMinor: 15_000, capUnits: 3 });
    expect((await log(id, session({ units: 2 }))).status).toBe(201);
    const before = await support.count('deliveries');
    const overMoney = await log(id, session({ units: 1, amountMinor: 3_001 }));
    expect(overMoney.status).toBe(409);
    expect(overMoney.body.message).toContain('over its cap: 3000 of 15000');
    const overUnits = await log(id, session({ units: 1.5, amountMinor: 0 }));
    expect(overUnits.status).toBe(409);
    expect(overUnits.body.message).toContain('cap of 3 units: 1 are left');
    expect(await support.count('deliveries')).toBe(before);
    expect((await log(id, session({ units: 1, amountMinor: 3_000 }))).status).toBe(201);
  });

  it('logs support only under an approved entitlement', async () => {
    const funding = await counselling();
    const pending = await (await eva()).post('/entitlements').send(entitlementBody(funding, { capMinor: 90_000 })).expect(201);
    expect((await log(pending.body.id, session())).status).toBe(409);
    const { id } = await grant(support, funding);
    await (await eva()).post(`/entitlements/${id}/end`).send({ endedOn: '2026-11-01', reason: 'revoked' }).expect(200);
    const ended = await log(id, session());
    expect(ended.status).toBe(409);
    expect(ended.body.message).toContain('the entitlement is ended');
  });

  it('counts what an ended entitlement spent as committed, and frees the rest of its cap', async () => {
    const funding = await counselling();
    const { id } = await grant(support, funding, { capMinor: 30_000 });
    await log(id, session({ units: 2 }));
    await (await eva()).post(`/entitlements/${id}/end`).send({ endedOn: '2026-11-15', reason: 'training-ended' }).expect(200);
    expect((await (await eva()).get(`/budgets/${funding.budgetId}`)).body).toMatchObject({ committedMinor: 12_000, spentMinor: 12_000, availableMinor: 1_000_000 - 12_000 });
  });

  it("shows a caseworker their own case's log without providers or notes, never someone else's", async () => {
    const participantId = await participantOf(support, 'caseworker-anna');
    const { id } = await grant(support, await seedFunding(support), { participantId });
    const { body: entry } = await log(id, session());
    const anna = await support.as(['caseworker'], 'caseworker-anna');

    const own = await anna.get(`/entitlements/${id}/deliveries`);
    expect(own.status).toBe(200);
    expect(own.body).toEqual([{ id: entry.id, entitlementId: id, date: '2026-10-06', units: 1, amountMinor: 1_500, currency: 'EUR', recordedBy: 'sw-eva', recordedAt: entry.recordedAt }]);
    expect(JSON.stringify(own.body)).not.toContain('flashbacks');
    expect((await (await eva()).get(`/entitlements/${id}/deliveries`)).body).toEqual([entry]);

    expect((await (await support.as(['caseworker'], 'caseworker-piotr')).get(`/entitlements/${id}/deliveries`)).status).toBe(404);
    expect((await (await support.as(['auditor'], 'auditor-maria')).get(`/entitlements/${id}/deliveries`)).status).toBe(403);
    const before = await support.count('deliveries');
    expect((await anna.post(`/entitlements/${id}/deliveries`).send(session())).status).toBe(403);
    expect(await support.count('deliveries')).toBe(before);
    const audit = await support.dataSource.query(`SELECT actor, purpose FROM audit_log WHERE resource_id = $1 AND action = 'read'`, [entry.id]);
    expect(audit).toEqual(expect.arrayContaining([{ actor: 'caseworker-anna', purpose: 'case-management' }]));
  });

  it('hides psychosocial care from caseworkers altogether: its existence tells of health', async () => {
    const participantId = await participantOf(support, 'caseworker-anna');
    const { id } = await grant(support, await counselling(), { participantId });
    await log(id, session());
    const anna = await support.as(['caseworker'], 'caseworker-anna');
    expect((await anna.get(`/entitlements/${id}`)).status).toBe(404);
    expect((await anna.get(`/entitlements/${id}/deliveries`)).status).toBe(404);
    expect((await anna.get(`/entitlements?participantId=${participantId}`)).body).toEqual([]);
    expect((await anna.get(`/participants/${participantId}/statement?month=2026-10`)).body.lines).toEqual([]);
    expect((await (await eva()).get(`/entitlements/${id}/deliveries`)).body).toHaveLength(1);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const { id } = await grant(support, await counselling());
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const before = await support.count('deliveries');
    const cases: Array<[object, string]> = [
      [session({ date: '2026-10-32' }), 'date'],
      [session({ date: tomorrow }), 'date'],
      [session({ date: '2026-09-30' }), 'date'],
      [session({ units: 0 }), 'units'],
      [session({ units: 1.005 }), 'units'],
      // Written 1e-7 in JSON and in toString(): IsNumber's own decimal check threw on it (a 500).
      [session({ units: 1e-7 }), 'units'],
      [session({ amountMinor: -1 }), 'amountMinor'],
      [session({ amountMinor: null }), 'amountMinor'],
      [session({ provider: ' ' }), 'provider'],
      [session({ note: '' }), 'note'],
    ];
    for (const [body, field] of cases) {
      const response = await log(id, body);
      expect([response.status, Object.keys(response.body.fields ?? {})]).toEqual([400, [field]]);
    }
    expect((await log(randomUUID(), session())).status).toBe(404);
    expect(await support.count('deliveries')).toBe(before);
  });
});
