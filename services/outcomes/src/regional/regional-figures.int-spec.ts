import { RegionalFiguresV1 } from '@tandem/contracts';
import { harnessKafka, pollUntil, ServiceTestApp, uniqueName } from '@tandem/devkit';
import { cohortEvents } from '../test-support/cohort-events';
import { startOutcomesApp } from '../test-support/outcomes-test-app';
import { publishEvents } from '../test-support/publish-events';

interface Table {
  figure: string;
  detail: string | null;
  breakdown: string;
  cells: Array<{ category: string; n: number | null; value: number | null; suppressed: boolean }>;
}

const total = (tables: Table[], figure: string) => tables.find((table) => table.figure === figure && table.breakdown === 'total')?.cells[0];

describe('regional figures between two nodes', () => {
  let de: ServiceTestApp;
  let pl: ServiceTestApp;

  beforeAll(async () => {
    const { federation, ids } = await ServiceTestApp.federationOfTwo();
    [de, pl] = await Promise.all([
      startOutcomesApp({ municipality: ids[0], federation }, { OUTCOMES_MIN_CELL: '3' }),
      startOutcomesApp({ municipality: ids[1], federation }, { OUTCOMES_MIN_CELL: '3' }),
    ]);
    const kafka = harnessKafka(process.env.KAFKA_BROKERS ?? '', uniqueName('regional'));
    const deEvents = cohortEvents(de.municipality, 30, 'de');
    const plEvents = cohortEvents(pl.municipality, 20, 'pl');
    await publishEvents(kafka, [...deEvents, ...plEvents]);
    await pollUntil('DE applied its events', () => de.count('inbox'), (n) => n >= deEvents.length, { timeoutMs: 120_000 });
    await pollUntil('PL applied its events', () => pl.count('inbox'), (n) => n >= plEvents.length, { timeoutMs: 120_000 });
  }, 300_000);
  afterAll(() => Promise.all([de?.stop(), pl?.stop()]));

  const regionalOf = async (node: ServiceTestApp) => (await (await node.as(['auditor'], 'auditor-jana')).get('/figures/regional').expect(200)).body as { towns: Array<{ municipality: string; tables: Table[] }>; region: Table[] };

  it('sends each partner its suppressed figures when an admin asks, and the partner combines them with its own', async () => {
    const sent = await (await pl.as(['admin'], 'admin-ola')).post('/figures/regional/publication').expect(202);
    expect(sent.body.sentTo).toEqual([de.municipality]);
    const audited = await pl.dataSource.query(`SELECT actor, action, resource_id FROM audit_log WHERE resource_type = 'regional-figures' AND action = 'publish'`);
    expect(audited).toEqual([{ actor: 'admin-ola', action: 'publish', resource_id: sent.body.asOf }]);
    // PL also sent its figures when it started, before its events were applied: wait for these.
    const partnerEnrolments = (body: Awaited<ReturnType<typeof regionalOf>>) => total(body.towns[1]?.tables ?? [], 'enrolments')?.n ?? 0;
    const regional = await pollUntil('DE has PL’s figures', () => regionalOf(de), (body) => partnerEnrolments(body) > 0, { timeoutMs: 60_000 });
    expect(regional.towns.map((town) => town.municipality)).toEqual([de.municipality, pl.municipality]);
    const [own, partner] = regional.towns.map((town) => total(town.tables, 'enrolments'));
    expect(total(regional.region, 'enrolments')).toEqual({ category: 'all', n: (own?.n ?? 0) + (partner?.n ?? 0), value: (own?.n ?? 0) + (partner?.n ?? 0), suppressed: false });
    expect(regional.region.some((table) => table.figure === 'median-wage-progression')).toBe(false);
  });

  it('keeps a cell suppressed in the region wherever the town suppressed it', async () => {
    const regional = await regionalOf(de);
    let checked = 0;
    for (const table of regional.towns[1]?.tables ?? []) {
      // Medians are not combined: the region has no table for them.
      if (table.figure === 'median-wage-progression') continue;
      const regionTable = regional.region.find((t) => t.figure === table.figure && t.detail === table.detail && t.breakdown === table.breakdown);
      for (const cell of table.cells.filter((c) => c.suppressed)) {
        expect(regionTable?.cells.find((c) => c.category === cell.category)).toMatchObject({ n: null, value: null, suppressed: true });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('leaves out a town that is no longer a partner, whatever it sent before', async () => {
    await de.dataSource.query(`INSERT INTO partner_figures (municipality, as_of, published_at, min_cell, tables) VALUES ('xx-departed', '2026-01-01', now(), 3, '[]')`);
    const regional = await regionalOf(de);
    expect(regional.towns.map((town) => town.municipality)).toEqual([de.municipality, pl.municipality]);
    await de.dataSource.query(`DELETE FROM partner_figures WHERE municipality = 'xx-departed'`);
  });

  it('exports the towns and the region as CSV, and lets only auditors and admins read them', async () => {
    const csv = await (await de.as(['auditor'], 'auditor-jana')).get('/figures/regional.csv').expect(200);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('town,figure,detail,breakdown,category,n,value,suppressed');
    expect(lines.some((line) => line.startsWith(`${pl.municipality},enrolments,,total,all,`))).toBe(true);
    expect(lines.some((line) => line.startsWith('region,enrolments,,total,all,'))).toBe(true);
    await (await de.as(['caseworker'], 'caseworker-anna')).get('/figures/regional').expect(403);
    await (await de.as(['auditor'], 'auditor-jana')).post('/figures/regional/publication').expect(403);
  });

  it('sends nothing that names a person: only the contract’s aggregates cross', async () => {
    const [row] = await pl.dataSource.query(`SELECT headers, payload FROM outbox WHERE headers->>'ce_type' = $1 ORDER BY id DESC LIMIT 1`, [RegionalFiguresV1.type]);
    expect(row).toBeDefined();
    const sentText = JSON.stringify(row);
    for (const { event } of cohortEvents(pl.municipality, 20, 'pl')) expect(sentText).not.toContain(event.subject);
  });
});
