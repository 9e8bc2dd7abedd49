import { type NodeClient, pollUntil } from '@tandem/devkit';
import type { Locator, Page } from 'playwright-core';
import { expectStatus, grantConsent, participantInput, referralInStatus, registerParticipant, sendReferral } from '../support/referral-api';
import { areaText } from './support/area-texts';
import { screenshot, seriousViolations, signedIn } from './support/console-page';
import { ConsoleWorld } from './support/console-world';

const TIMEOUT_MS = 30_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const de = (key: string, values?: Record<string, string>) => areaText('de', key, values);

/** A calendar day `days` from today (UTC, as the service counts them). */
const day = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

describe('the training provider console, in a real browser against a real node', () => {
  let world: ConsoleWorld;
  let trainee: Trainee;
  let leaver: Trainee;
  let page: Page;
  let cohortPath: string;
  const visited: string[] = [];
  const found: Record<string, string[]> = {};

  /** axe's serious and critical findings on the screen as it is now, kept for the last test to report. */
  async function checkAccessibility(label: string): Promise<void> {
    // A screen may load several parts at once, each saying so until it has arrived.
    await page.getByRole('status').filter({ hasText: /…/ }).first().waitFor({ state: 'detached' });
    const violations = await seriousViolations(page);
    if (violations.length > 0) found[label] = violations;
  }

  beforeAll(async () => {
    world = await ConsoleWorld.start({ services: ['intake', 'training'] });
    [trainee, leaver] = await Promise.all([acceptedReferralFromPoland(world), acceptedReferralFromPoland(world)]);
  }, 240_000);

  afterAll(async () => {
    await world?.stop();
  });

  it('lets a German training provider create a program and a cohort, enrol a referred trainee and add a session', async () => {
    page = await signedIn(world.browser, world.de, 'lukas', 'de');
    await heading(page, de('training.programs.title'));
    visited.push('/training/programs');

    await page.getByRole('link', { name: de('training.programs.create') }).click();
    await fillProgram(page);
    await page.waitForURL(/\/training\/programs\/[0-9a-f-]{36}$/);
    await heading(page, 'Schweißen, Abendkurs');
    visited.push(new URL(page.url()).pathname);

    const code = `WLD-${Date.now()}`;
    await addModule(page, code);
    await page.getByRole('checkbox', { name: de('training.modules.includeModule', { code }) }).check();
    expect(await page.getByRole('checkbox', { name: de('training.modules.requireModule', { code }) }).isChecked()).toBe(true);
    await page.getByRole('button', { name: de('training.modules.save') }).click();
    await page.getByRole('status').filter({ hasText: de('training.modules.saved') }).waitFor();
    await checkAccessibility('a draft program');
    await page.getByRole('button', { name: de('training.program.to.open') }).click();
    await page.getByTestId('program-status').filter({ hasText: de('training.programStatus.open') }).waitFor({ timeout: TIMEOUT_MS });

    await planCohort(page);
    await page.waitForURL(/\/training\/cohorts\/[0-9a-f-]{36}$/);
    cohortPath = new URL(page.url()).pathname;
    visited.push(cohortPath);
    await enrolReferred(page, trainee);

    const session = form(page, 'training.newSession.title');
    await session.getByLabel(de('training.session.date')).fill(day(-1));
    await session.getByLabel(de('training.session.startsAt')).fill('18:00');
    await session.getByLabel(de('training.session.endsAt')).fill('21:00');
    await session.getByLabel(de('training.session.room')).fill('Werkstatt 2');
    await session.getByRole('button', { name: de('training.newSession.submit') }).click();
    await page.getByRole('cell', { name: 'Werkstatt 2' }).waitFor({ timeout: TIMEOUT_MS });
  });

  it('takes attendance from the keyboard, and shows the recorded assessment and progress on the enrollment page', async () => {
    await page.getByRole('link', { name: new RegExp(`^${de('training.sessions.enterAttendance', { date: '.+' })}$`) }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    visited.push(new URL(page.url()).pathname);
    const register = page.getByRole('group', { name: trainee.name });
    await register.getByRole('radio', { name: de('training.attendanceStatus.present') }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await register.getByRole('radio', { name: de('training.attendanceStatus.absent') }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await register.getByRole('radio', { name: de('training.attendanceStatus.present') }).isChecked()).toBe(true);
    await page.getByRole('button', { name: de('training.attendance.save') }).click();
    await page.getByRole('status').filter({ hasText: de('training.attendance.saved') }).waitFor({ timeout: TIMEOUT_MS });
    await screenshot(page, 'training-attendance-de');

    await page.getByRole('link', { name: de('training.attendance.backToCohort') }).click();
    await page.getByRole('link', { name: trainee.name }).click();
    await heading(page, trainee.name);
    visited.push(new URL(page.url()).pathname);
    const assessment = form(page, 'training.assessments.record');
    await assessment.getByLabel(de('training.assessment.assessor')).fill('Jan Kowalski');
    await assessment.getByLabel(de('training.assessment.assessedOn')).fill(day(-1));
    await assessment.getByRole('button', { name: de('training.assessments.submit') }).click();

    const assessments = page.getByTestId('assessments');
    await assessments.getByText(de('training.assessmentResult.passed')).waitFor({ timeout: TIMEOUT_MS });
    expect(await assessments.getByRole('cell', { name: 'Jan Kowalski' }).count()).toBe(1);
    // One required module passed and every recorded session attended: the trainee has completed the program.
    await page.getByTestId('enrollment-status').filter({ hasText: de('training.enrollmentStatus.completed') }).waitFor({ timeout: TIMEOUT_MS });
    expect(await page.getByTestId('modules-completed').textContent()).toContain(de('training.enrollment.modulesCompleted', { done: '1', required: '1' }));
    expect(await page.getByTestId('attendance-tally').textContent()).toContain(de('training.enrollment.tally', { present: '1', absent: '0', excused: '0' }));
    await screenshot(page, 'training-enrollment-de');
  });

  it('drops an enrollment with a reason, and the enrollment page says why', async () => {
    await page.goto(new URL(cohortPath, world.de.url).href);
    await enrolReferred(page, leaver);
    await page.getByRole('link', { name: leaver.name }).click();
    await heading(page, leaver.name);
    const drop = form(page, 'training.drop.title');
    await drop.getByLabel(de('training.drop.reason')).selectOption('found-employment');
    page.once('dialog', (dialog) => void dialog.accept());
    await drop.getByRole('button', { name: de('training.drop.submit') }).click();

    const status = page.getByTestId('enrollment-status');
    await status.filter({ hasText: de('training.enrollmentStatus.dropped') }).waitFor({ timeout: TIMEOUT_MS });
    expect(await status.locator('..').textContent()).toContain(de('training.dropReason.found-employment'));
    expect(await form(page, 'training.drop.title').count()).toBe(0);
  });

  it('shows a training provider no serious or critical accessibility violation on the training screens', async () => {
    for (const path of [...visited, '/training/programs/new']) {
      await page.goto(new URL(path, world.de.url).href);
      await page.locator('h1').first().waitFor();
      await checkAccessibility(path);
    }
    expect(found).toEqual({});
  });
});

async function heading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: TIMEOUT_MS });
}

interface Trainee {
  referralId: string;
  name: string;
}

/** On the cohort's page: enrols the trainee from the accepted referrals, and waits for them on the roster. */
async function enrolReferred(page: Page, trainee: Trainee): Promise<void> {
  const enrol = form(page, 'training.enroll.referralTitle');
  await enrol.getByLabel(de('training.enroll.referral')).selectOption(trainee.referralId);
  await enrol.getByRole('button', { name: de('training.enroll.submit') }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: trainee.name }) });
  await row.getByText(de('training.enrollmentStatus.enrolled')).waitFor({ timeout: TIMEOUT_MS });
}

function form(page: Page, titleKey: string): Locator {
  return page.getByRole('form', { name: de(titleKey) });
}

async function fillProgram(page: Page): Promise<void> {
  const label = (key: string) => page.getByLabel(de(`training.program.${key}`), { exact: true });
  await label('title').fill('Schweißen, Abendkurs');
  await label('occupation').fill('7212');
  await label('languages').fill('de, uk');
  await label('location').fill('Görlitz, Berufsschulzentrum');
  await label('scheduleDescription').fill('Mo und Mi 18:00–21:00');
  await label('fundingName').fill('Interreg Polen–Sachsen');
  await label('provider').fill('BSZ Görlitz');
  await page.getByRole('button', { name: de('training.newProgram.submit') }).click();
}

async function addModule(page: Page, code: string): Promise<void> {
  const module = form(page, 'training.newModule.title');
  await module.getByLabel(de('training.module.code'), { exact: true }).fill(code);
  await module.getByLabel(de('training.module.title'), { exact: true }).fill('MAG-Schweißen, Grundlagen');
  await module.getByLabel(de('training.module.hours')).fill('40');
  await module.getByLabel(de('training.newModule.outcome'), { exact: true }).fill('Schweißt Stumpf- und Kehlnähte an Stahlblech');
  await module.getByRole('button', { name: de('training.newModule.submit') }).click();
  await page.getByRole('cell', { name: code, exact: true }).waitFor({ timeout: TIMEOUT_MS });
}

async function planCohort(page: Page): Promise<void> {
  const cohort = form(page, 'training.newCohort.title');
  await cohort.getByLabel(de('training.cohort.name')).fill('Winterkurs');
  await cohort.getByLabel(de('training.cohort.startsOn')).fill(day(-30));
  await cohort.getByLabel(de('training.cohort.endsOn')).fill(day(60));
  await cohort.getByLabel(de('training.cohort.trainers')).fill('Jan Kowalski');
  await cohort.getByRole('button', { name: de('training.newCohort.submit') }).click();
}

/**
 * A Polish caseworker refers a participant to Görlitz and a German caseworker accepts the referral,
 * each through their own API; Görlitz's training service then lists the trainee as waiting for a place.
 */
async function acceptedReferralFromPoland(world: ConsoleWorld): Promise<Trainee> {
  const { de: deNode, pl: plNode } = world.pair;
  const plCaseworker = await plNode.as(['caseworker']);
  const deCaseworker = await deNode.as(['caseworker']);
  const input = participantInput(plNode.municipality);
  const participantId = await registerParticipant(plCaseworker, input);
  const consentId = await grantConsent(plCaseworker, participantId, { recipients: [deNode.municipality] });
  const sent = await sendReferral(plCaseworker, { participantId, consentId, destination: deNode.municipality, occupation: '7212', program: 'Schweißen' });
  await referralInStatus(deCaseworker, sent.id, 'received');
  expectStatus(await deCaseworker.post(`/referrals/${sent.id}/acceptance`), 200, 'accepting the referral');
  const provider: NodeClient = await deNode.service('training').as(['training_provider']);
  await pollUntil(
    `training at ${deNode.municipality} to list referral ${sent.id}`,
    () => provider.get<Array<{ referralId: string }>>('/accepted-referrals'),
    (result) => result.status === 200 && result.body.some((referral) => referral.referralId === sent.id),
    { timeoutMs: TIMEOUT_MS },
  );
  return { referralId: sent.id, name: `${input.givenName} ${input.familyName}` };
}
