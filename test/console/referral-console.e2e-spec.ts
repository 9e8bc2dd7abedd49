import { type NodeClient, pollUntil } from '@tandem/devkit';
import type { Page } from 'playwright-core';
import { grantConsent, participantInput, registerParticipant } from '../support/referral-api';
import { screenshot, shownTimeline, signedIn, violationsOnScreens } from './support/console-page';
import { text } from './support/console-texts';
import { ConsoleWorld } from './support/console-world';

const TIMEOUT_MS = 30_000;

describe('the caseworker console, in a real browser against two real nodes', () => {
  let world: ConsoleWorld;
  let deCaseworker: NodeClient;
  let olena: { participantId: string; name: string };
  let de: Page;
  let pl: Page;
  let referralId: string;

  beforeAll(async () => {
    world = await ConsoleWorld.start();
    // Seeded through the API as anna, so her case is anna's: the console shows her to anna.
    deCaseworker = await world.pair.de.as(['caseworker'], 'anna');
    const input = participantInput(world.pair.de.municipality);
    const participantId = await registerParticipant(deCaseworker, input);
    await grantConsent(deCaseworker, participantId, { recipients: [world.pair.pl.municipality] });
    olena = { participantId, name: `${input.givenName} ${input.familyName}` };
  }, 240_000);

  afterAll(async () => {
    await world?.stop();
  });

  it('lets a German caseworker sign in and send a referral from the participant screen', async () => {
    de = await signedIn(world.browser, world.de, 'anna', 'de');
    await expectText(de, 'h1', text('de', 'participants.title'));
    expect(await de.locator('html').getAttribute('lang')).toBe('de');

    await de.getByRole('link', { name: olena.name }).click();
    await de.getByRole('link', { name: text('de', 'participant.refer') }).click();
    await de.getByLabel(text('de', 'send.occupation')).fill('7212');
    await de.getByLabel(text('de', 'send.program')).fill('Schweißen, Abendkurs');
    await de.getByRole('button', { name: text('de', 'send.submit') }).click();

    await de.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    referralId = de.url().split('/').pop() ?? '';
    await expectTimelineSteps(de, ['sent', 'received']);
  });

  it('lets a Polish caseworker find it in the inbox and accept it, and both see the same timeline', async () => {
    pl = await signedIn(world.browser, world.pl, 'piotr', 'pl');
    await pl.getByRole('link', { name: text('pl', 'nav.inbox') }).click();
    await pl.getByRole('link', { name: olena.name }).click();
    expect(pl.url()).toBe(`${world.pl.url}/referrals/${referralId}`);
    await pl.getByRole('button', { name: text('pl', 'referral.accept') }).click();

    await expectText(pl, '[data-testid=referral-status]', text('pl', 'referralStatus.accepted'));
    await expectTimelineSteps(pl, ['sent', 'received', 'accepted']);
    await expectTimelineSteps(de, ['sent', 'received', 'accepted']);
    const timeline = await shownTimeline(de);
    expect(await shownTimeline(pl)).toEqual(timeline);
    const { de: deNode, pl: plNode } = world.pair;
    expect(timeline.map((step) => step.by)).toEqual([deNode.municipality, plNode.municipality, plNode.municipality]);
  });

  it('renders Arabic right to left, and keeps the language for the user', async () => {
    await pl.getByLabel(text('pl', 'language.label')).selectOption('ar');
    await expectText(pl, 'h2#timeline', text('ar', 'referral.timeline'));
    expect(await pl.locator('html').evaluate((html) => [html.lang, html.dir])).toEqual(['ar', 'rtl']);
    await screenshot(pl, 'referral-ar');

    await pl.reload();
    await expectText(pl, 'h2#timeline', text('ar', 'referral.timeline'));
    expect(await pl.locator('html').getAttribute('dir')).toBe('rtl');
  });

  it('shows a caseworker no serious or critical accessibility violation on the main screens', async () => {
    const screens: Array<[Page, string]> = [
      [de, '/participants'],
      [de, `/participants/${olena.participantId}`],
      [de, `/participants/${olena.participantId}/referral`],
      [de, '/cases'],
      [de, '/referrals/outbox'],
      [de, `/referrals/${referralId}`],
      [pl, '/referrals/inbox'],
      [pl, `/referrals/${referralId}`],
    ];
    expect(await violationsOnScreens(screens)).toEqual({});
  });

  it('routes the node’s services through its gateway, but not their metrics', async () => {
    const status = async (path: string) => (await fetch(`${world.de.url}${path}`)).status;
    expect(await status('/api/intake/health/ready')).toBe(200);
    // The service serves them to its monitoring; the gateway does not pass the route on, however it is spelt.
    expect((await fetch(`${world.pair.de.service('intake').url}/metrics`)).status).toBe(200);
    for (const path of ['/api/intake/metrics', '/api/intake/METRICS', '/api/intake//metrics/', '/api/intake/%6Detrics']) expect({ path, status: await status(path) }).toEqual({ path, status: 404 });
  });
});

async function expectText(page: Page, selector: string, expected: string): Promise<void> {
  await page.locator(selector).filter({ hasText: expected }).first().waitFor({ timeout: TIMEOUT_MS });
}

/** The referral screen looks again every few seconds; waits until it shows exactly these steps. */
async function expectTimelineSteps(page: Page, steps: string[]): Promise<void> {
  await pollUntil(
    `${page.url()} to show the steps ${steps.join(' > ')}`,
    () => shownTimeline(page),
    (shown) => shown.map((step) => step.step).join() === steps.join(),
    { timeoutMs: TIMEOUT_MS },
  );
}
