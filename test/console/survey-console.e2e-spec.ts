import type { NodeClient } from '@tandem/devkit';
import type { Page } from 'playwright-core';
import { participantInput, registerParticipant } from '../support/referral-api';
import { areaText } from './support/area-texts';
import { screenshot, seriousViolations, signedIn } from './support/console-page';
import { completeTraining } from './support/complete-training';
import { ConsoleWorld } from './support/console-world';

const TIMEOUT_MS = 30_000;
const ANSWERS = { quality: 4, languageSupport: 5, fairness: 4, usefulness: 3 };

describe('the satisfaction survey, in a real browser: a caseworker hands out a link, the trainee answers without an account', () => {
  let world: ConsoleWorld;
  let provider: NodeClient;
  let trainee: { participantId: string; displayName: string };
  let another: { participantId: string; displayName: string };
  let anna: Page;
  let surveyUrl: string;

  beforeAll(async () => {
    world = await ConsoleWorld.start({ services: ['intake', 'training'] });
    provider = await world.pair.de.service('training').as(['training_provider'], 'lukas');
    [trainee, another] = await Promise.all([completedTrainee(), completedTrainee()]);
  }, 240_000);

  afterAll(async () => {
    await world?.stop();
  });

  it('lists the survey due for the completed training, and gives the caseworker a link to hand over', async () => {
    anna = await signedIn(world.browser, world.de, 'anna', 'de');
    await anna.getByRole('link', { name: areaText('de', 'survey.nav') }).click();
    const row = anna.getByRole('row', { name: new RegExp(trainee.displayName) });
    await row.getByRole('cell', { name: areaText('de', 'survey.wave.completion') }).waitFor({ timeout: TIMEOUT_MS });
    await row.getByRole('button', { name: areaText('de', 'survey.list.createLink'), exact: true }).click();

    const link = anna.getByRole('textbox', { name: areaText('de', 'survey.link.label') });
    await link.waitFor({ timeout: TIMEOUT_MS });
    surveyUrl = await link.inputValue();
    expect(surveyUrl).toMatch(new RegExp(`^${world.de.url}/survey/[A-Za-z0-9_-]{43}$`));
    await row.getByRole('button', { name: areaText('de', 'survey.list.renewLink') }).waitFor({ timeout: TIMEOUT_MS });
    expect(await seriousViolations(anna)).toEqual([]);
  });

  it('opens the link in Arabic without signing in, right to left, and takes the answers once', async () => {
    const context = await world.browser.newContext({ locale: 'ar', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(surveyUrl);
      await page.getByRole('heading', { level: 1, name: areaText('ar', 'survey.public.title') }).waitFor({ timeout: TIMEOUT_MS });
      expect(await page.locator('html').evaluate((html) => [html.lang, html.dir])).toEqual(['ar', 'rtl']);
      await page.getByText('اللحام، دورة مسائية', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: /sign in|anmelden|تسجيل/i }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);

      for (const [question, score] of Object.entries(ANSWERS)) {
        const group = page.getByRole('group', { name: areaText('ar', `survey.questions.${question}`) });
        await group.getByRole('radio', { name: areaText('ar', `survey.scale.${score}`), exact: true }).check();
      }
      await screenshot(page, 'survey-link-ar');
      await page.getByRole('button', { name: areaText('ar', 'survey.form.send') }).click();
      await page.getByRole('status').filter({ hasText: areaText('ar', 'survey.public.closed.thanks') }).waitFor({ timeout: TIMEOUT_MS });

      await page.reload();
      await page.getByRole('status').filter({ hasText: areaText('ar', 'survey.public.closed.answered') }).waitFor({ timeout: TIMEOUT_MS });
    } finally {
      await context.close();
    }
  });

  it('lets the caseworker answer together with the other trainee, and then lists nothing due', async () => {
    await anna.reload();
    await anna.getByRole('row', { name: new RegExp(another.displayName) }).waitFor({ timeout: TIMEOUT_MS });
    expect(await anna.getByRole('row', { name: new RegExp(trainee.displayName) }).count()).toBe(0);
    await anna.getByRole('row', { name: new RegExp(another.displayName) }).getByRole('button', { name: areaText('de', 'survey.list.answerTogether') }).click();

    await anna.getByRole('heading', { level: 2, name: areaText('de', 'survey.together.title', { name: another.displayName }) }).waitFor();
    await anna.getByRole('button', { name: areaText('de', 'survey.form.send') }).click();
    await anna.getByRole('alert').filter({ hasText: areaText('de', 'survey.form.missing') }).waitFor();
    for (const [question, score] of Object.entries(ANSWERS)) {
      await anna.getByRole('group', { name: areaText('de', `survey.questions.${question}`) }).getByRole('radio', { name: areaText('de', `survey.scale.${score}`), exact: true }).check();
    }
    expect(await seriousViolations(anna)).toEqual([]);
    await anna.getByRole('button', { name: areaText('de', 'survey.form.send') }).click();

    await anna.getByRole('status').filter({ hasText: areaText('de', 'survey.together.saved', { name: another.displayName }) }).waitFor({ timeout: TIMEOUT_MS });
    await anna.getByText(areaText('de', 'survey.list.empty')).waitFor({ timeout: TIMEOUT_MS });
  });

  /** Registered through the API as anna, so the case is anna's and training learns she is its caseworker. */
  async function completedTrainee(): Promise<{ participantId: string; displayName: string }> {
    const input = participantInput(world.pair.de.municipality);
    const participantId = await registerParticipant(await world.pair.de.as(['caseworker'], 'anna'), input);
    const registered = { participantId, displayName: `${input.givenName} ${input.familyName}` };
    await completeTraining(provider, registered, { de: 'Schweißen, Abendkurs', ar: 'اللحام، دورة مسائية', en: 'Welding, evening course' });
    return registered;
  }
});
