import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { REPO_ROOT } from '@tandem/devkit';
import type { Browser, Page } from 'playwright-core';
import { DEV_ACCOUNTS, type NodeConsole } from './console-world';
import { text } from './console-texts';

export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'console');

/** A browser of its own for one person, speaking `language`, signed in through the node's real sign-in page. */
export async function signedIn(browser: Browser, console: NodeConsole, username: string, language: string): Promise<Page> {
  const context = await browser.newContext({ locale: language, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(console.url);
  await page.getByRole('button', { name: text(language, 'auth.signIn') }).click();
  // The dev provider's own page, served from its own origin.
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(DEV_ACCOUNTS.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.origin === console.url && !url.pathname.startsWith('/signed-in'));
  return page;
}

/** axe-core's findings on the current screen that are serious or critical, as `rule: target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

/** Opens each screen, waits until it has loaded, and lists its serious findings by address; screens without any are left out. */
export async function violationsOnScreens(screens: ReadonlyArray<[Page, string]>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [page, path] of screens) {
    await page.goto(new URL(path, page.url()).href);
    await page.locator('h1').first().waitFor();
    await page.getByRole('status').filter({ hasText: /…/ }).waitFor({ state: 'detached' });
    const violations = await seriousViolations(page);
    if (violations.length > 0) found[`${new URL(page.url()).origin}${path}`] = violations;
  }
  return found;
}

export interface ShownStep {
  step: string;
  at: string;
  by: string;
}

/** The timeline as the referral screen shows it, each time as an ISO instant. */
export async function shownTimeline(page: Page): Promise<ShownStep[]> {
  return page.locator('ol.timeline > li').evaluateAll((items) =>
    items.map((item) => ({
      step: item.getAttribute('data-step') ?? '',
      at: new Date(item.querySelector('time')?.getAttribute('datetime') ?? '').toISOString(),
      by: item.getAttribute('data-by') ?? '',
    })),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
