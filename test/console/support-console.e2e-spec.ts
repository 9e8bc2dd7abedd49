import { type NodeClient, pollUntil } from '@tandem/devkit';
import type { Page } from 'playwright-core';
import { expectStatus, participantInput, registerParticipant } from '../support/referral-api';
import { areaText } from './support/area-texts';
import { seriousViolations, signedIn } from './support/console-page';
import { ConsoleWorld } from './support/console-world';

const TIMEOUT_MS = 30_000;
const HOURLY_MINOR = 1_500;
/** Above the service's four-eyes threshold (500.00): it waits for a second social worker. */
const LARGE_CAP_MINOR = 60_000;

const de = (key: string, values: Record<string, string> = {}) => areaText('de', key, values);
const euro = (minor: number) => new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format(minor / 100);

describe('the social worker console, in a real browser against a real node', () => {
  let world: ConsoleWorld;
  let jonas: NodeClient;
  let participantId: string;
  let pendingId: string;
  let eva: Page;
  let grantedUrl: string;
  const year = new Date().getFullYear();
  const month = new Date().toISOString().slice(0, 7);

  beforeAll(async () => {
    world = await ConsoleWorld.start({ services: ['intake', 'support'] });
    // A caseworker registers the participant; support learns of the case from intake's events.
    participantId = await registerParticipant(await world.pair.de.as(['caseworker'], 'anna'), participantInput(world.pair.de.municipality));
    // Another social worker of the node sets up the catalog and asks for a large entitlement Eva is to approve.
    jonas = await world.pair.de.service('support').as(['social_worker'], 'jonas');
    const created = async (path: string, body: unknown) => expectStatus(await jonas.post<{ id: string }>(path, body), 201, `POST ${path}`).id;
    const supportTypeId = await created('/support-types', { code: 'CHILDCARE-H', kind: 'childcare', name: 'Kita-Stunden', unit: 'hour', unitCostMinor: HOURLY_MINOR, currency: 'EUR' });
    const sourceId = await created('/funding-sources', { kind: 'public', name: 'Landkreis Görlitz' });
    const budgetId = await created(`/funding-sources/${sourceId}/budgets`, { periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, amountMinor: 1_000_000, currency: 'EUR' });
    const pending = await pollUntil(
      `support to know participant ${participantId}`,
      () =>
        jonas.post<{ id: string }>('/entitlements', {
          participantId,
          supportTypeId,
          budgetId,
          periodFrom: `${year}-01-01`,
          periodTo: `${year}-12-31`,
          capMinor: LARGE_CAP_MINOR,
          reason: 'Evening classes, no place in a day nursery',
        }),
      (response) => response.status !== 404,
      { timeoutMs: 60_000 },
    );
    pendingId = expectStatus(pending, 201, 'requesting an entitlement').id;
  }, 240_000);

  afterAll(async () => {
    await world?.stop();
  });

  it('lets a German social worker grant childcare, record a delivery and find it in the log and the month statement', async () => {
    eva = await signedIn(world.browser, world.de, 'eva', 'de');
    await eva.getByRole('link', { name: de('support.nav.entitlements') }).click();
    await eva.getByRole('link', { name: de('support.entitlements.new') }).click();
    await eva.getByLabel(de('support.entitlement.participant')).fill(participantId);
    await eva.getByLabel(de('support.request.cap', { currency: 'EUR' })).fill('200');
    await eva.getByLabel(de('support.entitlement.reason')).fill('Kinderbetreuung während des Schweißkurses');
    await eva.getByRole('button', { name: de('support.request.submit') }).click();

    await eva.waitForURL(/\/support\/entitlements\/[0-9a-f-]{36}$/);
    grantedUrl = eva.url();
    await expectText(eva, '[data-testid=entitlement-status]', de('support.status.approved'));

    await eva.getByLabel(de('support.delivery.units', { unit: de('support.unit.hour_other') })).fill('3');
    await eva.getByLabel(de('support.log.provider')).fill('Kita Sonnenschein');
    await eva.getByRole('button', { name: de('support.delivery.submit') }).click();
    const logged = eva.locator('section[aria-labelledby=support-log] tbody tr');
    await logged.filter({ hasText: 'Kita Sonnenschein' }).waitFor({ timeout: TIMEOUT_MS });
    expect(await logged.count()).toBe(1);
    expect(await logged.first().textContent()).toContain(euro(3 * HOURLY_MINOR));

    await eva.getByRole('link', { name: de('support.entitlement.statement') }).click();
    await expectText(eva, 'h2#statement', de('support.statements.heading', { month }));
    const lines = eva.locator('[data-testid=statement] tbody tr');
    await lines.first().waitFor({ timeout: TIMEOUT_MS });
    expect(await lines.allTextContents()).toEqual([expect.stringContaining('Kita-Stunden')]);
    expect(await eva.locator('dl.facts dd').last().textContent()).toBe(euro(3 * HOURLY_MINOR));
  });

  it("lets her approve a colleague's larger entitlement, which the four-eyes rule kept pending", async () => {
    await eva.getByRole('link', { name: de('support.nav.entitlements') }).click();
    await eva.getByLabel(de('support.entitlements.filter'), { exact: true }).selectOption('pending-approval');
    await eva.locator(`a[href="/support/entitlements/${pendingId}"]`).click();
    await expectText(eva, '[data-testid=entitlement-status]', de('support.status.pending-approval'));
    await eva.getByRole('button', { name: de('support.actions.approve') }).click();
    await expectText(eva, '[data-testid=entitlement-status]', de('support.status.approved'));
    const approved = expectStatus(await jonas.get<{ status: string; decidedBy: string }>(`/entitlements/${pendingId}`), 200, 'reading the entitlement');
    expect(approved).toMatchObject({ status: 'approved', decidedBy: 'eva' });
  });

  it("shows a funding source's statement for the month the user picks", async () => {
    await eva.getByRole('link', { name: de('support.nav.statements') }).click();
    await eva.getByLabel(de('support.statements.of')).selectOption('fundingSource');
    await eva.getByLabel(de('support.statements.fundingSource')).selectOption({ label: 'Landkreis Görlitz' });
    await eva.getByLabel(de('support.statements.month'), { exact: true }).fill(month);
    await eva.getByRole('button', { name: de('support.statements.show') }).click();
    const lines = eva.locator('[data-testid=statement] tbody tr');
    await lines.first().waitFor({ timeout: TIMEOUT_MS });
    expect(await lines.allTextContents()).toEqual([expect.stringContaining(participantId)]);
  });

  it('shows a social worker no serious or critical accessibility violation on the support screens', async () => {
    const screens = [
      '/support/entitlements',
      '/support/entitlements/new',
      new URL(grantedUrl).pathname,
      `/support/entitlements/${pendingId}`,
      `/support/statements?participant=${participantId}&month=${month}`,
    ];
    const found: Record<string, string[]> = {};
    for (const path of screens) {
      await eva.goto(new URL(path, world.de.url).href);
      await eva.locator('h1').first().waitFor();
      // A screen may load several things at once, each saying so until it has it.
      await pollUntil(`${path} to finish loading`, () => eva.getByRole('status').filter({ hasText: /…/ }).count(), (loading) => loading === 0, { timeoutMs: TIMEOUT_MS });
      const violations = await seriousViolations(eva);
      if (violations.length > 0) found[path] = violations;
    }
    expect(found).toEqual({});
  });
});

async function expectText(page: Page, selector: string, expected: string): Promise<void> {
  await page.locator(selector).filter({ hasText: expected }).first().waitFor({ timeout: TIMEOUT_MS });
}
