import { harnessKafka, pollUntil, type ServiceTestApp, uniqueName } from '@tandem/devkit';
import { cohortEvents } from '../test-support/cohort-events';
import { startOutcomesApp } from '../test-support/outcomes-test-app';
import { publishEvents } from '../test-support/publish-events';

describe('outcome figures API', () => {
  let outcomes: ServiceTestApp;
  const events = () => cohortEvents(outcomes.municipality, 40, 'api');

  beforeAll(async () => {
    outcomes = await startOutcomesApp(undefined, { OUTCOMES_MIN_CELL: '3' });
    await publishEvents(harnessKafka(process.env.KAFKA_BROKERS ?? '', uniqueName('outcomes-api')), events());
    await pollUntil('every event applied', () => outcomes.count('inbox'), (applied) => applied === events().length, { timeoutMs: 240_000 });
  }, 300_000);
  afterAll(() => outcomes?.stop());

  const auditor = () => outcomes.as(['auditor'], 'auditor-jana');

  it('serves every figure by every breakdown, aggregates only, and audits the read', async () => {
    const { body } = await (await auditor()).get('/figures').expect(200);
    expect(body).toMatchObject({ municipality: outcomes.municipality, minCell: 3, from: null, to: null, programId: null });
    const breakdowns = new Set(body.tables.map((table: { breakdown: string }) => table.breakdown));
    expect([...breakdowns]).toEqual(['total', 'gender', 'age-band', 'status-group', 'program', 'origin']);
    const served = JSON.stringify(body);
    for (const { event } of events()) expect(served).not.toContain(event.subject);
    const [audit] = await outcomes.dataSource.query(`SELECT actor, action, resource_type, purpose FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ actor: 'auditor-jana', action: 'read', resource_type: 'figures', purpose: 'outcome-reporting' });
  });

  it('exports every table as CSV, at /figures.csv and for Accept: text/csv', async () => {
    const csv = await (await auditor()).get('/figures.csv').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('figure,detail,breakdown,category,n,value,suppressed');
    expect(lines).toContain('enrolments,,total,all,40,40,false');
    const accepted = await (await auditor()).get('/figures').set('Accept', 'text/csv').expect(200);
    expect(accepted.text).toBe(csv.text);
  });

  it('filters by period and program', async () => {
    const { body } = await (await auditor()).get('/figures').query({ from: '2030-01-01' }).expect(200);
    expect(body.tables[0].cells[0]).toEqual({ category: 'all', n: 0, value: 0, suppressed: false });
    await (await auditor()).get('/figures').query({ from: '2027-02-30' }).expect(400);
    await (await auditor()).get('/figures').query({ programId: 'not-a-uuid' }).expect(400);
  });

  it('lets auditors and admins read, no one else', async () => {
    await (await outcomes.as(['admin'], 'admin-ola')).get('/figures').expect(200);
    await (await outcomes.as(['caseworker'], 'caseworker-anna')).get('/figures').expect(403);
    await (await outcomes.as(['integrator'], 'integrator-ba')).get('/figures.csv').expect(403);
    await outcomes.client('').get('/figures').expect(401);
  });
});
