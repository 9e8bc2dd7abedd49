import type { ServiceTestApp } from '@tandem/devkit';
import { startSupportApp } from '../test-support/support-test-app';
import { EVA, grant, participantOf, seedFunding } from '../test-support/support-fixtures';

describe('monthly statements', () => {
  let support: ServiceTestApp;

  beforeAll(async () => {
    support = await startSupportApp();
  });
  afterAll(() => support?.stop());

  const eva = () => support.as(EVA.roles, EVA.subject);

  /** Two childcare entries in October and one in November for one trainee, charged to a fresh source. */
  async function supported() {
    const funding = await seedFunding(support);
    const participantId = await participantOf(support, 'caseworker-anna');
    const { id } = await grant(support, funding, { participantId });
    for (const [date, units] of [['2026-10-05', 2], ['2026-10-07', 3], ['2026-11-02', 1]] as const) {
      const logged = await (await eva()).post(`/entitlements/${id}/deliveries`).send({ date, units, provider: 'Kita Sonnenschein', note: 'Child was unsettled' });
      expect(logged.status).toBe(201);
    }
    return { ...funding, participantId, entitlementId: id };
  }

  it("totals a trainee's month as JSON and CSV, without providers or notes", async () => {
    const { participantId, entitlementId } = await supported();
    const statement = await (await eva()).get(`/participants/${participantId}/statement?month=2026-10`);
    expect(statement.status).toBe(200);
    expect(statement.body).toMatchObject({ month: '2026-10', participantId, totals: { EUR: 7_500 } });
    expect(statement.body.lines).toEqual([
      expect.objectContaining({ date: '2026-10-05', entitlementId, supportType: 'childcare', units: 2, amountMinor: 3_000 }),
      expect.objectContaining({ date: '2026-10-07', units: 3, amountMinor: 4_500 }),
    ]);
    expect(JSON.stringify(statement.body)).not.toMatch(/Sonnenschein|unsettled/);

    const csv = await (await eva()).get(`/participants/${participantId}/statement?month=2026-10&format=csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('.csv');
    const rows = csv.text.trim().split('\n');
    expect(rows[0]).toBe('date,participantId,entitlementId,supportType,supportTypeName,units,amountMinor,currency,fundingSource');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain(`2026-10-05,${participantId},${entitlementId},childcare,Childcare during training hours,2,3000,EUR,`);
  });

  it("totals a funding source's month for auditors, and audits each trainee it names", async () => {
    const { fundingSourceId, participantId } = await supported();
    const auditor = await support.as(['auditor'], 'auditor-ines');
    const statement = await auditor.get(`/funding-sources/${fundingSourceId}/statement?month=2026-11`);
    expect(statement.body).toMatchObject({ fundingSourceId, totals: { EUR: 1_500 }, lines: [expect.objectContaining({ participantId, date: '2026-11-02' })] });
    const audit = await support.dataSource.query(`SELECT purpose FROM audit_log WHERE actor = 'auditor-ines' AND resource_id = $1`, [participantId]);
    expect(audit).toEqual([{ purpose: 'financial-audit' }]);
  });

  it("shows a caseworker their own case's statement only, and refuses bad months", async () => {
    const { participantId, fundingSourceId } = await supported();
    expect((await (await support.as(['caseworker'], 'caseworker-anna')).get(`/participants/${participantId}/statement?month=2026-10`)).status).toBe(200);
    expect((await (await support.as(['caseworker'], 'caseworker-bernd')).get(`/participants/${participantId}/statement?month=2026-10`)).status).toBe(404);
    expect((await (await support.as(['caseworker'], 'caseworker-anna')).get(`/funding-sources/${fundingSourceId}/statement?month=2026-10`)).status).toBe(403);
    const bad = await (await eva()).get(`/participants/${participantId}/statement?month=October&format=pdf`);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['format', 'month']);
  });
});
