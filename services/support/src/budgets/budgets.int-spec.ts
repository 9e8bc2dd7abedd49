import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { type ServiceTestApp, uniqueName } from '@tandem/devkit';
import { EVA } from '../test-support/support-fixtures';
import { startSupportApp } from '../test-support/support-test-app';

describe('funding sources and budgets API', () => {
  let support: ServiceTestApp;

  beforeAll(async () => {
    support = await startSupportApp();
  });
  afterAll(() => support?.stop());

  const worker = () => support.as(EVA.roles, EVA.subject);
  const auditor = () => support.as(['auditor'], 'auditor-maria');
  const newSource = async (): Promise<string> =>
    (await (await worker()).post('/funding-sources').send({ kind: 'donor', name: uniqueName('Bosch Stiftung') }).expect(201)).body.id;
  const budget = (overrides: object = {}) => ({ periodFrom: '2026-01-01', periodTo: '2026-06-30', amountMinor: 2_500_000, currency: 'EUR', ...overrides });

  it('adds a funding source, refuses a second of the same name, and lists it for auditors', async () => {
    const body = { kind: 'private-sponsor', name: uniqueName('Stadtwerke Görlitz') };
    const created = await (await worker()).post('/funding-sources').send(body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...body, id: expect.any(String), createdAt: expect.any(String) });
    expect((await (await worker()).post('/funding-sources').send({ ...body, kind: 'donor' })).status).toBe(409);
    expect((await (await auditor()).get('/funding-sources')).body).toContainEqual(created.body);
  });

  it('adds a budget whose whole amount is available, readable by id and under its source', async () => {
    const sourceId = await newSource();
    const created = await (await worker()).post(`/funding-sources/${sourceId}/budgets`).send(budget());
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      ...budget(),
      id: expect.any(String),
      fundingSourceId: sourceId,
      committedMinor: 0,
      spentMinor: 0,
      availableMinor: 2_500_000,
      createdAt: expect.any(String),
    });
    expect((await (await auditor()).get(`/budgets/${created.body.id}`)).body).toEqual(created.body);
    expect((await (await auditor()).get(`/funding-sources/${sourceId}/budgets`)).body).toEqual([created.body]);
  });

  it('refuses a budget overlapping another of the same source and currency, by a single day, and writes nothing', async () => {
    const sourceId = await newSource();
    await (await worker()).post(`/funding-sources/${sourceId}/budgets`).send(budget()).expect(201);
    const before = await support.count('budgets');
    const overlapping = await (await worker()).post(`/funding-sources/${sourceId}/budgets`).send(budget({ periodFrom: '2026-06-30', periodTo: '2026-12-31' }));
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.message).toContain('already covers 2026-01-01 to 2026-06-30 in EUR');
    expect(await support.count('budgets')).toBe(before);

    const next = await (await worker()).post(`/funding-sources/${sourceId}/budgets`).send(budget({ periodFrom: '2026-07-01', periodTo: '2026-12-31' }));
    expect(next.status).toBe(201);
    expect((await (await worker()).post(`/funding-sources/${sourceId}/budgets`).send(budget({ currency: 'PLN' }))).status).toBe(201);
    const other = await newSource();
    expect((await (await worker()).post(`/funding-sources/${other}/budgets`).send(budget())).status).toBe(201);
  });

  it('checks for overlaps under the source lock, so a budget being added meanwhile is seen once it commits', async () => {
    const sourceId = await newSource();
    const other = support.dataSource.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query('SELECT 1 FROM funding_sources WHERE id = $1 FOR UPDATE', [sourceId]);
    await other.query(
      `INSERT INTO budgets (id, funding_source_id, period_from, period_to, amount_minor, currency, created_at)
       VALUES ($1, $2, '2026-03-01', '2026-03-31', 1000, 'EUR', now())`,
      [randomUUID(), sourceId],
    );
    const response = (await worker()).post(`/funding-sources/${sourceId}/budgets`).send(budget()).then((result) => result);
    await delay(300);
    await other.commitTransaction();
    await other.release();
    expect((await response).status).toBe(409);
  });

  it('gives 404 for an unknown source or budget', async () => {
    expect((await (await worker()).post(`/funding-sources/${randomUUID()}/budgets`).send(budget())).status).toBe(404);
    expect((await (await auditor()).get(`/funding-sources/${randomUUID()}/budgets`)).status).toBe(404);
    expect((await (await auditor()).get(`/budgets/${randomUUID()}`)).status).toBe(404);
  });

  it('lets only social workers write and only them and auditors read', async () => {
    const sourceId = await newSource();
    const caseworker = await support.as(['caseworker'], 'caseworker-anna');
    expect((await caseworker.get('/funding-sources')).status).toBe(403);
    expect((await caseworker.get(`/funding-sources/${sourceId}/budgets`)).status).toBe(403);
    expect((await (await auditor()).post('/funding-sources').send({ kind: 'public', name: uniqueName('ESF') })).status).toBe(403);
    expect((await (await auditor()).post(`/funding-sources/${sourceId}/budgets`).send(budget())).status).toBe(403);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const sourceId = await newSource();
    const [sources, budgets] = [await support.count('funding_sources'), await support.count('budgets')];
    const sourceCases: Array<[object, string]> = [
      [{ kind: 'lottery', name: 'x' }, 'kind'],
      [{ kind: 'public', name: '' }, 'name'],
    ];
    for (const [body, field] of sourceCases) {
      const response = await (await worker()).post('/funding-sources').send(body);
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toContain(field);
    }
    const budgetCases: Array<[object, string]> = [
      [budget({ periodFrom: '2026-02-30' }), 'periodFrom'],
      [budget({ periodTo: '2026-1-31' }), 'periodTo'],
      [budget({ periodFrom: '2026-07-01', periodTo: '2026-06-30' }), 'periodTo'],
      [budget({ amountMinor: -1 }), 'amountMinor'],
      [budget({ amountMinor: 10.5 }), 'amountMinor'],
      [budget({ currency: 'Euro' }), 'currency'],
    ];
    for (const [body, field] of budgetCases) {
      const response = await (await worker()).post(`/funding-sources/${sourceId}/budgets`).send(body);
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toContain(field);
    }
    expect([await support.count('funding_sources'), await support.count('budgets')]).toEqual([sources, budgets]);
  });
});
