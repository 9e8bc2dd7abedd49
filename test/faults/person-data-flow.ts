import { randomUUID } from 'node:crypto';
import { type NodeClient, type NodePair, pollUntil, type TestService } from '@tandem/devkit';
import { canary, expectStatus, referralInStatus } from '../support/referral-api';
import { approvedEntitlement, attendanceArrived, seedSupport, STIPEND_MONTHLY_MINOR } from '../support/support-api';
import { enrollAcceptedReferral, seedOpenCohort } from '../support/training-api';
import { defineModuleCredential } from '../support/recognition-api';

export const SHARING = ['cross-border-referral', 'progress-sharing'];

/** One DE participant, referred to PL and trained there, with a canary in every free-text and name field filled. */
export interface Person {
  participantId: string;
  consentId: string;
  referralId: string;
  canaries: string[];
}

const caseworkerOf = (service: TestService) => service.as(['caseworker'], 'caseworker-anna');

async function waitForCase(service: TestService, participantId: string): Promise<void> {
  await pollUntil(`${service.label} to hear of the case`, () => service.database.count('case_assignments', 'participant_id = $1', [participantId]), (n) => n === 1, {
    timeoutMs: 60_000,
  });
}

/** Registration, consent, profile, a case note, an evidence document, and a referral to PL with a message. */
async function atIntake(pair: NodePair, de: NodeClient, canaries: string[]): Promise<Omit<Person, 'canaries'>> {
  const name = { givenName: canary('Olena'), familyName: canary('Kovalenko') };
  canaries.push(name.givenName, name.familyName);
  const participant = { ...name, dateOfBirth: '1994-03-17', gender: 'female', residenceMunicipality: pair.de.municipality, status: 'refugee', languages: [{ code: 'uk', level: 'C2' }] };
  const { id: participantId } = expectStatus(await de.post<{ id: string }>('/participants', participant), 201, 'registering');
  const consent = { purposes: SHARING, noticeVersion: '2026-01', channel: 'in_person', givenBy: 'participant', recipients: [pair.pl.municipality], fields: { 'cross-border-referral': ['givenName', 'familyName', 'languages', 'skills'] } };
  const { id: consentId } = expectStatus(await de.post<{ id: string }>(`/participants/${participantId}/consents`, consent), 201, 'consenting');
  const [education, job, note, title, message] = [canary('Educanary'), canary('Jobcanary'), canary('Notecanary'), canary('Titlecanary'), canary('Messagecanary')];
  canaries.push(education, job, note, title, message);
  const profile = `/participants/${participantId}`;
  expectStatus(await de.get(profile), 200, 'reading the participant');
  expectStatus(await de.request('PUT', `${profile}/education`, { education: [{ level: 3, field: education, country: 'UA' }] }), 200, 'education');
  expectStatus(await de.request('PUT', `${profile}/work-experience`, { workExperience: [{ occupation: '7212', title: job, country: 'UA', fromYear: 2012 }] }), 200, 'work');
  const cases = expectStatus(await de.get<{ items: Array<{ id: string; participantId: string }> }>('/cases?page=1&pageSize=100'), 200, 'cases');
  const caseId = cases.items.find((item) => item.participantId === participantId)?.id;
  expectStatus(await de.post(`/cases/${caseId}/notes`, { body: note }), 201, 'case note');
  const form = new FormData();
  form.set('title', title);
  form.set('kind', 'certificate');
  form.set('file', new Blob([Buffer.from(`%PDF-1.4\n${randomUUID()}\n%%EOF\n`)], { type: 'application/pdf' }), 'certificate.pdf');
  const uploaded = await fetch(`${de.baseUrl}${profile}/evidence`, { method: 'POST', headers: { Authorization: `Bearer ${de.token}` }, body: form });
  if (uploaded.status !== 201) throw new Error(`evidence upload: ${uploaded.status} ${await uploaded.text()}`);
  const referral = { participantId, consentId, destination: pair.pl.municipality, occupation: '7212', program: 'Welding, evening cohort', message };
  const { id: referralId } = expectStatus(await de.post<{ id: string }>('/referrals', referral), 201, 'referring');
  return { participantId, consentId, referralId };
}

/** PL accepts, enrolls, records two sessions and passes the module that a credential definition names. */
async function trainedInPoland(pair: NodePair, referralId: string): Promise<void> {
  const pl = await pair.pl.as(['caseworker'], 'caseworker-marta');
  const provider = await pair.pl.service('training').as(['training_provider'], 'provider-jan');
  const officer = await pair.pl.service('recognition').as(['recognition_officer'], 'officer-ewa');
  const cohort = await seedOpenCohort(provider, { sessions: 2 });
  const moduleId = cohort.moduleIds[0] as string;
  await defineModuleCredential(officer, moduleId);
  await referralInStatus(pl, referralId, 'received');
  expectStatus(await pl.post(`/referrals/${referralId}/acceptance`), 200, 'accepting');
  const { id: enrollmentId } = await enrollAcceptedReferral(provider, cohort.cohortId, referralId);
  for (const sessionId of cohort.sessionIds) {
    expectStatus(await provider.request('PUT', `/sessions/${sessionId}/attendance`, { records: [{ enrollmentId, status: 'present' }] }), 200, 'attendance');
  }
  const assessment = { moduleId, result: 'passed', assessor: 'Jan Kowalski', assessedOn: '2026-10-20' };
  expectStatus(await provider.post(`/enrollments/${enrollmentId}/assessments`, assessment), 201, 'assessment');
  const recognition = pair.pl.service('recognition');
  await pollUntil('PL to issue the credential', () => recognition.database.count('holders', 'referral_id = $1', [referralId]), (n) => n === 1, { timeoutMs: 60_000 });
}

/** DE support: a stipend from the attendance PL reported, and counselling with a reason and a session note. */
async function supportedAtHome(pair: NodePair, participantId: string, canaries: string[]): Promise<void> {
  const support = pair.de.service('support');
  const worker = await support.as(['social_worker'], 'sw-eva');
  const second = await support.as(['social_worker'], 'sw-lukas');
  const setup = await seedSupport(worker, randomUUID().slice(0, 8));
  await attendanceArrived(support, participantId, 2);
  const [stipendReason, counselReason, sessionNote] = [canary('Reasoncanary'), canary('Traumacanary'), canary('Psychocanary')];
  canaries.push(stipendReason, counselReason, sessionNote);
  const base = { participantId, budgetId: setup.budgetId };
  const stipendId = await approvedEntitlement(worker, second, { ...base, supportTypeId: setup.stipendTypeId, capMinor: 3 * STIPEND_MONTHLY_MINOR, reason: stipendReason });
  expectStatus(await worker.post(`/entitlements/${stipendId}/stipends`, { month: '2026-10' }), 201, 'stipend');
  const counselId = await approvedEntitlement(worker, second, { ...base, supportTypeId: setup.counsellingTypeId, capMinor: 60_000, reason: counselReason });
  const session = { date: '2026-10-05', units: 1, provider: 'Beratungsstelle', note: sessionNote };
  expectStatus(await worker.post(`/entitlements/${counselId}/deliveries`, session), 201, 'counselling session');
}

/** DE placement: a job with its wage and a grievance; DE recognition: a request to recognise a foreign qualification. */
async function placedAndRecognised(pair: NodePair, participantId: string, canaries: string[]): Promise<void> {
  const placement = pair.de.service('placement');
  const recognition = pair.de.service('recognition');
  await waitForCase(placement, participantId);
  await waitForCase(recognition, participantId);
  const [employerId, siteId, vacancyId] = [randomUUID(), randomUUID(), randomUUID()];
  // Employers have no API in placement: written as rows, as the service's own fixtures do.
  await placement.database.query(`INSERT INTO employers (id, name, sectors, contact, cross_border, created_at) VALUES ($1, 'Stal-Bud', '{F}', '{}', true, now())`, [employerId]);
  await placement.database.query(`INSERT INTO employer_sites (id, employer_id, municipality, country, address) VALUES ($1, $2, $3, 'DE', 'Hauptstr. 1')`, [
    siteId,
    employerId,
    pair.de.municipality,
  ]);
  await placement.database.query(
    `INSERT INTO vacancies (id, employer_id, site_id, title, occupation, required_skills, languages, wage_min_minor, wage_max_minor, currency, wage_period, hours_per_week, type, openings, status, created_at)
     VALUES ($1, $2, $3, 'Welder', '7212', '{}', '[]', 250000, 350000, 'EUR', 'month', 40, 'job', 1, 'open', now())`,
    [vacancyId, employerId, siteId],
  );
  const caseworker = await caseworkerOf(placement);
  const today = new Date().toISOString().slice(0, 10);
  const job = { participantId, type: 'job', employerId, siteId, vacancyId, occupation: '7212', startedOn: today, contractedHoursPerWeek: 40, wage: { amountMinor: 300_000, currency: 'EUR', period: 'month' } };
  expectStatus(await caseworker.post('/placements', job), 201, 'placement');
  const [details, qualification] = [canary('Grievancecanary'), canary('Qualificationcanary')];
  canaries.push(details, qualification);
  expectStatus(await caseworker.post('/grievances', { subjectType: 'selection', subjectId: vacancyId, participantId, category: 'discrimination', details }), 201, 'grievance');
  const request = { participantId, qualification: { country: 'UA', code: 'UA-7212', name: qualification, eqfLevel: 3, occupation: '7212' }, evidence: [{ filename: 'diploma.pdf', mediaType: 'application/pdf', sha256: 'a'.repeat(64) }] };
  expectStatus(await (await caseworkerOf(recognition)).post('/recognition-requests', request), 201, 'recognition request');
}

export async function personAcrossTheNode(pair: NodePair): Promise<Person> {
  const canaries: string[] = [];
  const de = await pair.de.as(['caseworker'], 'caseworker-anna');
  const person = await atIntake(pair, de, canaries);
  await trainedInPoland(pair, person.referralId);
  await supportedAtHome(pair, person.participantId, canaries);
  await placedAndRecognised(pair, person.participantId, canaries);
  return { ...person, canaries };
}
