import { readFile } from 'node:fs/promises';
import { pollUntil } from '@tandem/devkit';
import type { Page } from 'playwright-core';
import { expectStatus, participantInput, registerParticipant } from '../support/referral-api';
import { areaText } from './support/area-texts';
import { screenshot, seriousViolations, signedIn } from './support/console-page';
import { enrolAndComplete, openCohort } from './support/complete-training';
import { ConsoleWorld } from './support/console-world';

const TIMEOUT_MS = 30_000;
/** Five trainees fill the total cell at the default threshold; three women and two men leave both gender cells below it. */
const GENDERS = ['female', 'female', 'female', 'male', 'male'] as const;

const de = (key: string, values: Record<string, string> = {}) => areaText('de', key, values);
const people = (count: number) => de('outcomes.people_other', { formatted: String(count) });

interface Cell {
  category: string;
  n: number | null;
  value: number | null;
  suppressed: boolean;
}
interface Figures {
  tables: Array<{ figure: string; breakdown: string; cells: Cell[] }>;
}
const totalOf = (figures: Figures, figure: string) => figures.tables.find((table) => table.figure === figure && table.breakdown === 'total')?.cells[0];

describe('the outcome dashboards, in a real browser against two real nodes', () => {
  let world: ConsoleWorld;
  let otto: Page;

  beforeAll(async () => {
    world = await ConsoleWorld.start({ services: ['intake', 'training', 'outcomes'] });
    const caseworker = await world.pair.de.as(['caseworker'], 'anna');
    const provider = await world.pair.de.service('training').as(['training_provider'], 'lukas');
    const cohort = await openCohort(provider, { de: 'Schweißen, Abendkurs', en: 'Welding, evening course' });
    // A second program nobody enrols in: choosing it must leave the five out.
    await openCohort(provider, { de: 'Lagerlogistik', en: 'Warehouse logistics' });
    for (const gender of GENDERS) {
      const input = participantInput(world.pair.de.municipality, { gender });
      const participantId = await registerParticipant(caseworker, input);
      await enrolAndComplete(provider, cohort, { participantId, displayName: `${input.givenName} ${input.familyName}` });
    }
    // The read model learns of the enrolments from training's events: wait until its figures count all five.
    const auditor = await world.pair.de.service('outcomes').as(['auditor'], 'otto');
    await pollUntil(
      'the five completed enrolments in the figures',
      () => auditor.get<Figures>('/figures'),
      (result) => result.status === 200 && totalOf(result.body, 'enrolments')?.n === GENDERS.length && totalOf(result.body, 'completion-rate')?.value === 1,
      { timeoutMs: 90_000 },
    );
  }, 300_000);

  afterAll(async () => {
    await world?.stop();
  });

  it('shows an auditor the enrolments and completion of the town, suppresses the small cells, and exports the table as CSV', async () => {
    otto = await signedIn(world.browser, world.de, 'otto', 'de');
    await otto.getByRole('link', { name: de('outcomes.nav.figures'), exact: true }).click();
    await otto.getByRole('heading', { level: 1, name: de('outcomes.figures.title') }).waitFor({ timeout: TIMEOUT_MS });

    const table = otto.getByRole('table', { name: de('outcomes.figure.enrolments') });
    const total = table.getByRole('row', { name: new RegExp(de('outcomes.category.any.all')) });
    expect(await total.textContent()).toContain(people(5));

    await otto.getByLabel(de('outcomes.chooseFigure'), { exact: true }).selectOption({ label: de('outcomes.figure.completion-rate') });
    await otto.getByLabel(de('outcomes.chooseBreakdown'), { exact: true }).selectOption({ label: de('outcomes.breakdown.gender') });
    const byGender = otto.getByRole('table', { name: de('outcomes.caption', { figure: de('outcomes.figure.completion-rate'), breakdown: de('outcomes.breakdown.gender') }) });
    for (const gender of ['female', 'male']) {
      const row = byGender.getByRole('row', { name: new RegExp(areaText('de', `gender.${gender}`)) });
      expect(await row.textContent()).toContain(de('outcomes.suppressed'));
    }
    expect(await otto.locator('.chart svg').count()).toBeGreaterThan(0);
    expect(await seriousViolations(otto)).toEqual([]);
    await screenshot(otto, 'outcomes-figures-de');

    const [download] = await Promise.all([otto.waitForEvent('download'), otto.getByRole('button', { name: de('outcomes.downloadTable') }).click()]);
    const [header, ...rows] = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '').split('\r\n');
    expect(header).toMatch(/^gender,.+ n,.+ value$/);
    expect(rows.slice(0, 2)).toEqual(['female,suppressed,', 'male,suppressed,']);

    // One program's figures at a time: the address keeps the choice.
    const totalRow = otto.getByRole('table', { name: de('outcomes.figure.enrolments') }).getByRole('row', { name: new RegExp(de('outcomes.category.any.all')) });
    for (const [program, count] of [['Lagerlogistik', 0], ['Schweißen, Abendkurs', 5]] as const) {
      await otto.getByLabel(de('outcomes.figures.program'), { exact: true }).selectOption({ label: program });
      await otto.getByRole('button', { name: de('outcomes.figures.show') }).click();
      await otto.waitForURL(/programId=[0-9a-f-]{36}/);
      await totalRow.filter({ hasText: people(count) }).waitFor({ timeout: TIMEOUT_MS });
    }
  });

  it('shows the region: both towns side by side as each sent them, and the two combined', async () => {
    // The partner publishes at start; an admin's publication now sends its figures of today again.
    const admin = await world.pair.pl.service('outcomes').as(['admin'], 'admin');
    expectStatus(await admin.post('/figures/regional/publication', {}), 202, 'publishing the partner’s figures');
    const auditor = await world.pair.de.service('outcomes').as(['auditor'], 'otto');
    await pollUntil(
      'the partner’s figures at this node',
      () => auditor.get<{ towns: unknown[] }>('/figures/regional'),
      (result) => result.status === 200 && result.body.towns.length === 2,
      { timeoutMs: 60_000 },
    );

    await otto.getByRole('link', { name: de('outcomes.nav.region') }).click();
    await otto.getByRole('heading', { level: 1, name: de('outcomes.region.title') }).waitFor({ timeout: TIMEOUT_MS });
    const table = otto.getByRole('table', { name: de('outcomes.figure.enrolments') });
    await table.waitFor({ timeout: TIMEOUT_MS });
    const columns = await table.locator('thead th').allTextContents();
    expect(columns).toHaveLength(4);
    expect(columns.at(-1)).toBe(de('outcomes.region.column'));
    // The partner has no enrolments yet: an empty cell is shown, and the region counts this town's five.
    const total = await table.getByRole('row', { name: new RegExp(de('outcomes.category.any.all')) }).locator('td').allTextContents();
    expect(total).toEqual([expect.stringContaining(people(5)), expect.stringContaining(people(0)), expect.stringContaining(people(5))]);
    expect(await seriousViolations(otto)).toEqual([]);
    await screenshot(otto, 'outcomes-region-de');
  });
});
