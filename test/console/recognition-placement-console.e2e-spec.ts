import { randomBytes } from 'node:crypto';
import { type NodeClient, pollUntil } from '@tandem/devkit';
import type { Page } from 'playwright-core';
import { expectStatus, participantInput, registerParticipant } from '../support/referral-api';
import { areaText as text } from './support/area-texts';
import { seriousViolations, signedIn, violationsOnScreens } from './support/console-page';
import { ConsoleWorld } from './support/console-world';

const TIMEOUT_MS = 30_000;
const SKILL = 'http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083';
const EVIDENCE = [{ filename: 'swiadectwo.pdf', mediaType: 'application/pdf', sha256: 'a'.repeat(64) }];

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Retries a write the service refuses until intake's news of the participant has reached it (404, or 400 for no such candidate). */
async function once<Body>(what: string, write: () => Promise<{ status: number; body: Body }>): Promise<Body> {
  const result = await pollUntil(what, write, (answer) => answer.status !== 404 && answer.status !== 400, { timeoutMs: TIMEOUT_MS });
  return expectStatus(result, 201, what);
}

describe('the recognition and placement screens, in a real browser against a real node', () => {
  let world: ConsoleWorld;
  let officerApi: NodeClient;
  let olena: { participantId: string; givenName: string; familyName: string };
  let qualification: string;
  let requestId: string;
  let credential: { id: string; jws: string };
  let vacancy: { id: string; title: string };
  let marta: Page;
  let frank: Page;
  let anna: Page;

  beforeAll(async () => {
    world = await ConsoleWorld.start({ services: ['intake', 'recognition', 'placement'] });
    const { de } = world.pair;
    // Seeded through the APIs as the roles that file them: anna's cases, an officer's credential.
    const intake = await de.as(['caseworker'], 'anna');
    const input = participantInput(de.municipality);
    olena = { participantId: await registerParticipant(intake, input), givenName: input.givenName, familyName: input.familyName };
    const recognitionAsAnna = await de.service('recognition').as(['caseworker'], 'anna');
    qualification = `Spawacz ${randomBytes(3).toString('hex')}`;
    const request = { participantId: olena.participantId, qualification: { country: 'PL', name: qualification, eqfLevel: 3, occupation: '7212' }, evidence: EVIDENCE };
    requestId = (await once('filing a recognition request', () => recognitionAsAnna.post<{ id: string }>('/recognition-requests', request))).id;
    officerApi = await de.service('recognition').as(['recognition_officer'], 'zofia-officer');
    credential = await issueCredential(officerApi, olena.participantId);
    vacancy = await shortlistedVacancy(await de.service('placement').as(['caseworker'], 'anna'), de.municipality, olena.participantId);
  }, 300_000);

  afterAll(async () => {
    await world?.stop();
  });

  it('lets a recognition officer find a pending request and decide it with conditions', async () => {
    marta = await signedIn(world.browser, world.de, 'marta', 'de');
    await marta.getByRole('link', { name: text('de', 'recognition.nav.requests') }).click();
    await marta.getByRole('link', { name: new RegExp(qualification) }).click();
    expect(marta.url()).toBe(`${world.de.url}/recognition/requests/${requestId}`);

    await marta.getByLabel(text('de', 'recognition.decide.outcome')).selectOption('conditional');
    await marta.getByLabel(new RegExp(`^${text('de', 'recognition.decide.measures')}`)).fill('Anpassungslehrgang von 3 Monaten');
    await marta.getByLabel(text('de', 'recognition.decide.reasons')).fill('EQF 3 entspricht, Arbeitsschutz fehlt.');
    await marta.getByRole('button', { name: text('de', 'recognition.decide.submit') }).click();

    const outcome = text('de', 'recognition.outcome.conditional');
    await marta.getByRole('status').filter({ hasText: text('de', 'recognition.decide.done', { outcome }) }).waitFor({ timeout: TIMEOUT_MS });
    await marta.locator('ol.timeline > li[data-step=decided]').filter({ hasText: 'marta' }).waitFor();
    const decided = expectStatus(await officerApi.get<{ decision: Record<string, unknown> }>(`/recognition-requests/${requestId}`), 200, 'the decided request');
    expect(decided.decision).toMatchObject({ outcome: 'conditional', basis: 'officer', decidedBy: 'marta', compensationMeasures: ['Anpassungslehrgang von 3 Monaten'] });
  });

  it('lets anyone paste a credential the node issued and see it valid, then revoked once the issuer revokes it', async () => {
    frank = await signedIn(world.browser, world.de, 'frank', 'en');
    await frank.getByRole('link', { name: text('en', 'recognition.nav.verify') }).click();
    await frank.getByLabel(text('en', 'recognition.verify.credential')).fill(credential.jws);
    await frank.getByRole('button', { name: text('en', 'recognition.verify.submit') }).click();
    await expectVerdict(frank, 'valid', text('en', 'recognition.verdict.valid'));
    expect(await frank.getByTestId('certifies').textContent()).toBe('Workshop safety');

    expectStatus(await officerApi.post(`/credentials/${credential.id}/revocation`, { reason: 'Issued in error.' }), 200, 'revoking the credential');
    await frank.getByLabel(text('en', 'recognition.verify.credential')).fill('');
    await frank.getByLabel(text('en', 'recognition.verify.file')).setInputFiles({ name: 'credential.jwt', mimeType: 'text/plain', buffer: Buffer.from(`${credential.jws}\n`) });
    await frank.getByRole('button', { name: text('en', 'recognition.verify.submit') }).click();
    await expectVerdict(frank, 'revoked', text('en', 'recognition.verdict.revoked'));
  });

  it("shows an employer their vacancy's shortlist under pseudonyms, without names", async () => {
    await frank.getByRole('link', { name: text('en', 'placement.nav.vacancies') }).click();
    await frank.getByRole('link', { name: text('en', 'placement.vacancies.shortlistOf', { title: vacancy.title }) }).click();
    const pseudonym = frank.getByTestId('pseudonym');
    await pseudonym.first().waitFor({ timeout: TIMEOUT_MS });
    expect(await pseudonym.allTextContents()).toEqual([expect.stringMatching(/^C-/)]);
    expect(await frank.getByTestId('identity').textContent()).toBe(text('en', 'placement.shortlist.notReleased'));
    const shown = await frank.locator('body').innerText();
    expect(shown).not.toContain(olena.givenName);
    expect(shown).not.toContain(olena.familyName);
    expect(shown).not.toContain(olena.participantId);
  });

  it('lets a caseworker answer a retention check that is due', async () => {
    const placementId = await placementStartedDaysAgo(world, 40);
    anna = await signedIn(world.browser, world.de, 'anna', 'en');
    await anna.getByRole('link', { name: text('en', 'placement.nav.retention') }).click();
    const checkpoint = text('en', 'placement.retention.days_other').replace('{{count}}', '30');
    await anna.getByRole('button', { name: text('en', 'placement.retention.record', { checkpoint }) }).click();
    await anna.getByLabel(text('en', 'placement.retention.amount')).fill('2450');
    await anna.getByLabel(text('en', 'placement.retention.currency')).fill('EUR');
    await anna.getByRole('button', { name: text('en', 'placement.retention.submit'), exact: true }).click();
    await anna.getByRole('status').filter({ hasText: text('en', 'placement.retention.saved', { checkpoint }) }).waitFor({ timeout: TIMEOUT_MS });

    const placementApi = await world.pair.de.service('placement').as(['caseworker'], 'anna');
    const due = expectStatus(await placementApi.get<Array<{ placementId: string; days: number }>>('/retention-checkpoints/due'), 200, 'due checkpoints');
    expect(due.filter((row) => row.placementId === placementId).map((row) => row.days)).toEqual([]);
  });

  it('shows no serious or critical accessibility violation on the recognition and placement screens', async () => {
    const screens: Array<[Page, string]> = [
      [marta, '/recognition/requests'],
      [marta, '/recognition/appeals'],
      [marta, `/recognition/requests/${requestId}`],
      [frank, '/verify'],
      [frank, '/placement/vacancies'],
      [frank, `/placement/vacancies/${vacancy.id}/shortlist`],
      [anna, '/placement/retention'],
    ];
    const found = await violationsOnScreens(screens);
    // The verdict too, with its checks.
    await frank.goto(new URL('/verify', frank.url()).href);
    await frank.getByLabel(text('en', 'recognition.verify.credential')).fill(credential.jws);
    await frank.getByRole('button', { name: text('en', 'recognition.verify.submit') }).click();
    await expectVerdict(frank, 'revoked', text('en', 'recognition.verdict.revoked'));
    const verdict = await seriousViolations(frank);
    if (verdict.length > 0) found['/verify (verdict)'] = verdict;
    expect(found).toEqual({});
  });

  async function placementStartedDaysAgo(consoleWorld: ConsoleWorld, days: number): Promise<string> {
    const { de } = consoleWorld.pair;
    const input = participantInput(de.municipality);
    const participantId = await registerParticipant(await de.as(['caseworker'], 'anna'), input);
    const placementApi = await de.service('placement').as(['caseworker'], 'anna');
    const employer = await newEmployer(placementApi, de.municipality);
    const job = { participantId, type: 'job', ...employer, occupation: '7212', startedOn: daysAgo(days), contractedHoursPerWeek: 40, wage: { amountMinor: 240_000, currency: 'EUR', period: 'month' } };
    return (await once('starting a placement', () => placementApi.post<{ id: string }>('/placements', job))).id;
  }
});

async function expectVerdict(page: Page, verdict: string, shown: string): Promise<void> {
  await page.locator(`h2[data-verdict=${verdict}]`).filter({ hasText: shown }).waitFor({ timeout: TIMEOUT_MS });
}

/** An officer defines a micro-credential and issues it to the participant by hand; resolves with its id and signed form. */
async function issueCredential(officer: NodeClient, participantId: string): Promise<{ id: string; jws: string }> {
  const definition = {
    kind: 'module',
    code: `SAFE-${randomBytes(3).toString('hex')}`,
    name: { en: 'Workshop safety', de: 'Arbeitssicherheit in der Werkstatt' },
    description: { en: 'Safe work in a welding workshop.' },
    criteria: 'Passed a practical test.',
    eqfLevel: 3,
    skills: [SKILL],
    occupations: ['7212'],
    assessmentMethod: 'practical',
  };
  const { id: definitionId } = expectStatus(await officer.post<{ id: string }>('/credential-definitions', definition), 201, 'defining a credential');
  return once('issuing a credential', () => officer.post<{ id: string; jws: string }>('/credentials', { definitionId, participantId }));
}

async function newEmployer(caseworker: NodeClient, municipality: string): Promise<{ employerId: string; siteId: string }> {
  const employer = {
    name: `Stal-Bud ${randomBytes(3).toString('hex')}`,
    sectors: ['F'],
    contact: { name: 'Personalabteilung', email: 'jobs@stal-bud.example', phone: '+49 3581 123456' },
    crossBorder: true,
    sites: [{ municipality, country: 'DE', address: 'Hauptstr. 1, 02826 Görlitz' }],
  };
  const created = expectStatus(await caseworker.post<{ id: string; sites: Array<{ id: string }> }>('/employers', employer), 201, 'employer');
  return { employerId: created.id, siteId: created.sites[0]?.id ?? '' };
}

/** Frank's employer, an open welder's vacancy, and the participant shortlisted on it by their caseworker. */
async function shortlistedVacancy(caseworker: NodeClient, municipality: string, participantId: string): Promise<{ id: string; title: string }> {
  const { employerId, siteId } = await newEmployer(caseworker, municipality);
  expectStatus(await caseworker.request('PUT', `/employers/${employerId}/portal-users`, { subjects: ['frank'] }), 200, 'portal users');
  const title = `Welder ${randomBytes(3).toString('hex')}`;
  const body = { siteId, title, occupation: '7212', requiredSkills: [SKILL], languages: [], wageMinMinor: 250_000, wageMaxMinor: 350_000, currency: 'EUR', wagePeriod: 'month', hoursPerWeek: 40, type: 'job', openings: 1 };
  const { id } = expectStatus(await caseworker.post<{ id: string }>(`/employers/${employerId}/vacancies`, body), 201, 'vacancy');
  await once('shortlisting the participant', () => caseworker.post(`/vacancies/${id}/shortlist`, { candidates: [participantId] }));
  return { id, title };
}
