import { randomUUID } from 'node:crypto';
import { type ServiceTestApp, uniqueName } from '@tandem/devkit';
import { EVA } from '../test-support/support-fixtures';
import { startSupportApp } from '../test-support/support-test-app';

describe('support catalog API', () => {
  let support: ServiceTestApp;

  beforeAll(async () => {
    support = await startSupportApp();
  });
  afterAll(() => support?.stop());

  const worker = () => support.as(EVA.roles, EVA.subject);
  const stipend = (overrides: object = {}) => ({
    code: uniqueName('STIPEND'),
    kind: 'stipend',
    name: 'Training stipend',
    unit: 'month',
    unitCostMinor: 30_000,
    currency: 'EUR',
    rules: { attendance: { fullFrom: 0.8, below: 'pro-rata' } },
    ...overrides,
  });

  it('adds a support type and serves it to anyone of the node, in the list and by id', async () => {
    const body = stipend();
    const created = await (await worker()).post('/support-types').send(body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...body, id: expect.any(String), createdAt: expect.any(String) });

    const caseworker = await support.as(['caseworker'], 'caseworker-anna');
    expect((await caseworker.get(`/support-types/${created.body.id}`)).body).toEqual(created.body);
    expect((await caseworker.get('/support-types')).body).toContainEqual(created.body);
    expect((await caseworker.get(`/support-types/${randomUUID()}`)).status).toBe(404);
  });

  it('keeps no pricing rule when none is given', async () => {
    const created = await (await worker()).post('/support-types').send({ ...stipend({ kind: 'transport', unit: 'trip' }), rules: undefined });
    expect(created.status).toBe(201);
    expect(created.body.rules).toEqual({});
  });

  it('refuses a second type with the same code', async () => {
    const body = stipend();
    expect((await (await worker()).post('/support-types').send(body)).status).toBe(201);
    const again = await (await worker()).post('/support-types').send({ ...body, name: 'Another stipend' });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain(body.code);
  });

  it('lets only social workers add types', async () => {
    const before = await support.count('support_types');
    for (const roles of [['caseworker'], ['auditor'], ['admin']]) {
      expect((await (await support.as(roles, 'someone')).post('/support-types').send(stipend())).status).toBe(403);
    }
    expect(await support.count('support_types')).toBe(before);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const before = await support.count('support_types');
    const cases: Array<[object, string]> = [
      [stipend({ code: 'has space' }), 'code'],
      [stipend({ kind: 'housing' }), 'kind'],
      [stipend({ unit: 'day' }), 'unit'],
      [stipend({ unitCostMinor: -1 }), 'unitCostMinor'],
      [stipend({ unitCostMinor: 12.5 }), 'unitCostMinor'],
      [stipend({ currency: 'eur' }), 'currency'],
      [stipend({ name: '  ' }), 'name'],
      [stipend({ rules: { attendance: { fullFrom: 1.2, below: 'pro-rata' } } }), 'rules.attendance.fullFrom'],
      [stipend({ rules: { attendance: { fullFrom: 0.8, below: 'half' } } }), 'rules.attendance.below'],
      [stipend({ rules: { attendance: null } }), 'rules.attendance'],
      [stipend({ kind: 'childcare', unit: 'hour' }), 'rules'],
      [stipend({ unit: 'session' }), 'rules'],
      [stipend({ extra: true }), 'extra'],
    ];
    for (const [body, field] of cases) {
      const response = await (await worker()).post('/support-types').send(body);
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toContain(field);
    }
    expect(await support.count('support_types')).toBe(before);
  });
});
