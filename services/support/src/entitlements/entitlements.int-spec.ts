import { randomUUID } from 'node:crypto';
import { SupportEndedV1, SupportGrantedV1 } from '@tandem/contracts';
import { published, type ServiceTestApp } from '@tandem/devkit';
import { entitlementBody, EVA, grant, JONAS, outboxPayloads, participantOf, REASON, seedFunding, THRESHOLD_MINOR } from '../test-support/support-fixtures';
import { startSupportApp } from '../test-support/support-test-app';

describe('entitlements API', () => {
  let support: ServiceTestApp;

  beforeAll(async () => {
    support = await startSupportApp();
  });
  afterAll(() => support?.stop());

  const eva = () => support.as(EVA.roles, EVA.subject);
  const jonas = () => support.as(JONAS.roles, JONAS.subject);
  const balance = async (budgetId: string) => (await (await eva()).get(`/budgets/${budgetId}`)).body;
  it('approves a cap up to the four-eyes threshold at once and announces the grant without the reason', async () => {
    const funding = await seedFunding(support);
    const body = entitlementBody(funding, { capMinor: THRESHOLD_MINOR, capUnits: 30 });
    const created = await (await eva()).post('/entitlements').send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, currency: 'EUR', status: 'approved', requestedBy: 'sw-eva', decidedBy: 'sw-eva', endedOn: null });

    const [granted] = await published(support, SupportGrantedV1, { subject: created.body.id });
    expect(granted).toEqual({
      entitlementId: created.body.id,
      participantId: body.participantId,
      supportType: 'childcare',
      from: '2026-10-01',
      to: '2026-12-31',
      cap: { amountMinor: THRESHOLD_MINOR, currency: 'EUR' },
      capUnits: 30,
      fundingSourceId: funding.fundingSourceId,
      grantedAt: created.body.decidedAt,
    });
    expect((await outboxPayloads(support, created.body.id)).join()).not.toContain('nursery');
    expect(await balance(funding.budgetId)).toMatchObject({ committedMinor: THRESHOLD_MINOR, spentMinor: 0, availableMinor: 1_000_000 - THRESHOLD_MINOR });
  });

  it('holds a larger cap for a second social worker: the requester cannot approve it, another one can', async () => {
    const funding = await seedFunding(support);
    const created = await (await eva()).post('/entitlements').send(entitlementBody(funding, { capMinor: THRESHOLD_MINOR + 1 }));
    expect(created.body).toMatchObject({ status: 'pending-approval', decidedBy: null, decidedAt: null });
    expect((await balance(funding.budgetId)).committedMinor).toBe(0);

    const own = await (await eva()).post(`/entitlements/${created.body.id}/approval`);
    expect(own.status).toBe(409);
    expect(own.body.message).toBe('the entitlement needs a second approver who is not the requester');
    expect((await (await eva()).get(`/entitlements/${created.body.id}`)).body.status).toBe('pending-approval');
    expect(await outboxPayloads(support, created.body.id)).toEqual([]);

    const approved = await (await jonas()).post(`/entitlements/${created.body.id}/approval`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', requestedBy: 'sw-eva', decidedBy: 'sw-jonas', reason: REASON });
    expect(await published(support, SupportGrantedV1, { subject: created.body.id })).toHaveLength(1);
    expect((await (await jonas()).post(`/entitlements/${created.body.id}/approval`)).status).toBe(409);
    expect((await balance(funding.budgetId)).committedMinor).toBe(THRESHOLD_MINOR + 1);
  });

  it('refuses an approval, or an approval at once, that would overspend the budget, and writes nothing', async () => {
    const funding = await seedFunding(support, { amountMinor: 100_000 });
    await grant(support, funding, { capMinor: 80_000 });
    const second = await (await eva()).post('/entitlements').send(entitlementBody(funding, { capMinor: 60_000 }));
    const refused = await (await jonas()).post(`/entitlements/${second.body.id}/approval`);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('would overspend the budget: 20000 EUR (minor units) is still available');
    expect((await (await eva()).get(`/entitlements/${second.body.id}`)).body).toMatchObject({ status: 'pending-approval', decidedBy: null });
    expect(await outboxPayloads(support, second.body.id)).toEqual([]);

    const entitlements = await support.count('entitlements');
    const atOnce = await (await eva()).post('/entitlements').send(entitlementBody(funding, { capMinor: 20_001 }));
    expect(atOnce.status).toBe(409);
    expect(await support.count('entitlements')).toBe(entitlements);
    expect(await balance(funding.budgetId)).toMatchObject({ committedMinor: 80_000, availableMinor: 20_000 });
    expect((await (await eva()).post('/entitlements').send(entitlementBody(funding, { capMinor: 20_000 }))).status).toBe(201);
  });

  it('checks the balance under the budget lock, so money committed meanwhile is counted once it commits', async () => {
    const funding = await seedFunding(support, { amountMinor: 100_000 });
    const pending = await (await eva()).post('/entitlements').send(entitlementBody(funding, { capMinor: 60_000 }));
    const other = support.dataSource.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query('SELECT 1 FROM budgets WHERE id = $1 FOR UPDATE', [funding.budgetId]);
    await other.query(
      `INSERT INTO entitlements (id, participant_id, support_type_id, budget_id, period_from, period_to, cap_minor, currency, status, reason, requested_by, requested_at)
       VALUES ($1, $2, $3, $4, '2026-10-01', '2026-12-31', 60000, 'EUR', 'approved', 'x', 'sw-other', now())`,
      [randomUUID(), randomUUID(), funding.supportTypeId, funding.budgetId],
    );
    const approval = (await jonas()).post(`/entitlements/${pending.body.id}/approval`).then((response) => response);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.commitTransaction();
    await other.release();
    expect((await approval).status).toBe(409);
    expect((await balance(funding.budgetId)).committedMinor).toBe(60_000);
  });

  it('rejects a pending entitlement, which then commits nothing and can no longer be approved', async () => {
    const funding = await seedFunding(support);
    const created = await (await eva()).post('/entitlements').send(entitlementBody(funding, { capMinor: 90_000 }));
    const rejected = await (await eva()).post(`/entitlements/${created.body.id}/rejection`);
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decidedBy: 'sw-eva' });
    expect((await (await jonas()).post(`/entitlements/${created.body.id}/approval`)).status).toBe(409);
    expect((await (await jonas()).post(`/entitlements/${created.body.id}/rejection`)).status).toBe(409);
    expect((await balance(funding.budgetId)).committedMinor).toBe(0);
  });

  it('ends an approved entitlement: SupportEnded gives a code, and the cap it held returns to the budget', async () => {
    const funding = await seedFunding(support);
    const { id, participantId } = await grant(support, funding);
    expect((await balance(funding.budgetId)).committedMinor).toBe(40_000);
    const ended = await (await eva()).post(`/entitlements/${id}/end`).send({ endedOn: '2026-11-15', reason: 'training-ended' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', endedOn: '2026-11-15', endReason: 'training-ended' });
    const [event] = await published(support, SupportEndedV1, { subject: id });
    expect(event).toEqual({ entitlementId: id, participantId, supportType: 'childcare', endedOn: '2026-11-15', reason: 'training-ended' });
    expect(await balance(funding.budgetId)).toMatchObject({ committedMinor: 0, availableMinor: 1_000_000 });
    expect((await (await eva()).post(`/entitlements/${id}/end`).send({ endedOn: '2026-11-16', reason: 'revoked' })).status).toBe(409);
  });

  it("shows a caseworker their own case's entitlements without the reason, and no one else's", async () => {
    const funding = await seedFunding(support);
    const participantId = await participantOf(support, 'caseworker-anna');
    const { id } = await grant(support, funding, { participantId });
    const anna = await support.as(['caseworker'], 'caseworker-anna');
    const piotr = await support.as(['caseworker'], 'caseworker-piotr');

    const own = await anna.get(`/entitlements/${id}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id, participantId, capMinor: 40_000, status: 'approved' });
    expect(own.body).not.toHaveProperty('reason');
    const list = await anna.get(`/entitlements?participantId=${participantId}`);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).not.toHaveProperty('reason');
    expect((await (await eva()).get(`/entitlements?participantId=${participantId}`)).body[0].reason).toBe(REASON);

    expect((await piotr.get(`/entitlements/${id}`)).status).toBe(404);
    expect((await piotr.get(`/entitlements?participantId=${participantId}`)).body).toEqual([]);
    expect((await anna.get(`/entitlements/${randomUUID()}`)).status).toBe(404);
    expect((await (await support.as(['auditor'], 'auditor-maria')).get(`/entitlements/${id}`)).status).toBe(403);

    const audit = await support.dataSource.query(`SELECT actor, purpose FROM audit_log WHERE resource_id = $1 AND action = 'read'`, [id]);
    expect(audit).toEqual(expect.arrayContaining([{ actor: 'caseworker-anna', purpose: 'case-management' }, { actor: 'sw-eva', purpose: 'social-support' }]));
    expect(audit.some((row: { actor: string }) => row.actor === 'caseworker-piotr')).toBe(false);
  });

  it('lets only social workers decide: a caseworker of the case writing gets 403 and nothing changes', async () => {
    const funding = await seedFunding(support);
    const participantId = await participantOf(support, 'caseworker-anna');
    const anna = await support.as(['caseworker'], 'caseworker-anna');
    const before = await support.count('entitlements');
    expect((await anna.post('/entitlements').send(entitlementBody(funding, { participantId }))).status).toBe(403);
    expect(await support.count('entitlements')).toBe(before);
    const pending = await (await eva()).post('/entitlements').send(entitlementBody(funding, { participantId, capMinor: 90_000 }));
    for (const path of ['approval', 'rejection']) expect((await anna.post(`/entitlements/${pending.body.id}/${path}`)).status).toBe(403);
    expect((await anna.post(`/entitlements/${pending.body.id}/end`).send({ endedOn: '2026-11-01', reason: 'revoked' })).status).toBe(403);
    expect((await (await eva()).get(`/entitlements/${pending.body.id}`)).body.status).toBe('pending-approval');
  });

  it("answers 404 for a participant no case of the node holds, and writes nothing", async () => {
    const funding = await seedFunding(support);
    const before = await support.count('entitlements');
    const response = await (await eva()).post('/entitlements').send(entitlementBody(funding, { participantId: randomUUID() }));
    expect(response.status).toBe(404);
    expect(await support.count('entitlements')).toBe(before);
  });

  it('lists social workers every entitlement of the node a page at a time, newest first, and those of one status', async () => {
    const funding = await seedFunding(support);
    const approved = await (await eva()).post('/entitlements').send(entitlementBody(funding));
    const pending = await (await eva()).post('/entitlements').send(entitlementBody(funding, { capMinor: THRESHOLD_MINOR + 1 }));
    const ids = async (query: string) => {
      const page = await (await jonas()).get(`/entitlements/list?${query}`);
      expect(page.status).toBe(200);
      return page.body.items.map((item: { id: string }) => item.id);
    };
    expect((await ids('pageSize=2')).slice(0, 2)).toEqual([pending.body.id, approved.body.id]);
    expect(await ids('status=pending-approval&pageSize=100')).toContain(pending.body.id);
    expect(await ids('status=pending-approval&pageSize=100')).not.toContain(approved.body.id);
    const second = await (await jonas()).get('/entitlements/list?pageSize=1&page=2');
    expect(second.body).toMatchObject({ page: 2, pageSize: 1, items: [{ id: approved.body.id, reason: REASON }] });
    expect(second.body.total).toBeGreaterThanOrEqual(2);

    const caseworker = await support.as(['caseworker'], 'caseworker-maria');
    expect((await caseworker.get('/entitlements/list')).status).toBe(403);
    expect(Object.keys((await (await eva()).get('/entitlements/list?status=open&pageSize=101')).body.fields).sort()).toEqual(['pageSize', 'status']);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const funding = await seedFunding(support);
    const otherCurrency = await seedFunding(support);
    await support.dataSource.query(`UPDATE budgets SET currency = 'PLN' WHERE id = $1`, [otherCurrency.budgetId]);
    const before = await support.count('entitlements');
    const cases: Array<[object, string]> = [
      [entitlementBody(funding, { participantId: 'nobody' }), 'participantId'],
      [entitlementBody(funding, { capMinor: 0 }), 'capMinor'],
      [entitlementBody(funding, { capMinor: 99.5 }), 'capMinor'],
      [entitlementBody(funding, { capUnits: 0 }), 'capUnits'],
      [entitlementBody(funding, { capUnits: null }), 'capUnits'],
      [entitlementBody(funding, { reason: '' }), 'reason'],
      [entitlementBody(funding, { reason: 'x'.repeat(2001) }), 'reason'],
      [entitlementBody(funding, { periodTo: '2026-09-30' }), 'periodTo'],
      [entitlementBody(funding, { periodFrom: '2025-12-01' }), 'periodFrom'],
      [entitlementBody(funding, { periodTo: '2027-01-31' }), 'periodTo'],
      [entitlementBody(funding, { supportTypeId: randomUUID() }), 'supportTypeId'],
      [entitlementBody(funding, { budgetId: randomUUID() }), 'budgetId'],
      [entitlementBody(funding, { budgetId: otherCurrency.budgetId }), 'budgetId'],
      [entitlementBody(funding, { currency: 'EUR' }), 'currency'],
    ];
    for (const [body, field] of cases) {
      const response = await (await eva()).post('/entitlements').send(body);
      expect([response.status, Object.keys(response.body.fields ?? {})]).toEqual([400, expect.arrayContaining([field])]);
    }
    expect(await support.count('entitlements')).toBe(before);

    const { id } = await grant(support, funding);
    for (const [body, field] of [
      [{ endedOn: '2027-01-01', reason: 'revoked' }, 'endedOn'],
      [{ endedOn: '2026-11-01', reason: 'moved' }, 'reason'],
    ] as const) {
      const response = await (await eva()).post(`/entitlements/${id}/end`).send(body);
      expect([response.status, Object.keys(response.body.fields ?? {})]).toEqual([400, [field]]);
    }
    expect((await (await eva()).get('/entitlements')).status).toBe(400);
    expect((await (await eva()).post(`/entitlements/${randomUUID()}/approval`)).status).toBe(404);
    expect((await (await eva()).get(`/entitlements/${id}`)).body.status).toBe('approved');
  });
});
