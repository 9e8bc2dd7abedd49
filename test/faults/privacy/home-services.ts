import { type NodeClient, type NodePair, pollUntil, type TestService } from '@tandem/devkit';
import { expectStatus } from '../../support/referral-api';
import { approvedEntitlement, seedSupport } from '../../support/support-api';
import { seedOpenCohort } from '../../support/training-api';
import type { CanaryLedger } from './canary-ledger';
import { SKILL, type SecondPerson } from './referral-conversation';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

function heardOf(service: TestService, table: string, participantId: string, column = 'participant_id'): Promise<number> {
  return pollUntil(`${service.label} to hold ${table} of ${participantId}`, () => service.database.count(table, `${column} = $1`, [participantId]), (n) => n > 0, { timeoutMs: 60_000 });
}

/** DE's own training: the participant enrolled under a name the provider types, present, and passed: a module completed. */
export async function trainedAtHome(pair: NodePair, person: SecondPerson, ledger: CanaryLedger): Promise<void> {
  const provider = await pair.de.service('training').as(['training_provider'], 'provider-uwe');
  const cohort = await seedOpenCohort(provider, { sessions: 1 });
  const enrollment = { participantId: person.participantId, displayName: ledger.fill('training:EnrollDto.displayName') };
  const { id: enrollmentId } = expectStatus(await provider.post<{ id: string }>(`/cohorts/${cohort.cohortId}/enrollments`, enrollment), 201, 'local enrollment');
  const records = [{ enrollmentId, status: 'present' }];
  expectStatus(await provider.request('PUT', `/sessions/${cohort.sessionIds[0]}/attendance`, { records }), 200, 'attendance');
  const assessment = { moduleId: cohort.moduleIds[0], result: 'passed', assessor: 'Uwe Lehmann', assessedOn: daysAgo(1) };
  expectStatus(await provider.post(`/enrollments/${enrollmentId}/assessments`, assessment), 201, 'assessment');
}

/** Counselling requested with a reason and delivered with the provider and a note. */
export async function supportedAtHome(pair: NodePair, person: SecondPerson, ledger: CanaryLedger): Promise<void> {
  const support = pair.de.service('support');
  const [worker, second] = [await support.as(['social_worker'], 'sw-eva'), await support.as(['social_worker'], 'sw-lukas')];
  const setup = await seedSupport(worker, ledger.mark.slice(-6));
  const entitlement = { participantId: person.participantId, budgetId: setup.budgetId, supportTypeId: setup.counsellingTypeId, capMinor: 60_000, reason: ledger.fill('support:RequestEntitlementDto.reason') };
  const id = await approvedEntitlement(worker, second, entitlement);
  const session = { date: daysAgo(2), units: 1, provider: ledger.fill('support:LogDeliveryDto.provider'), note: ledger.fill('support:LogDeliveryDto.note') };
  expectStatus(await worker.post(`/entitlements/${id}/deliveries`, session), 201, 'counselling session');
}

/** The identity released from a shortlist, then a job begun 100 days ago with the employer's feedback, and a grievance filed and resolved. */
export async function placedAtHome(pair: NodePair, person: SecondPerson, ledger: CanaryLedger): Promise<void> {
  const placement = pair.de.service('placement');
  const caseworker = await placement.as(['caseworker'], 'caseworker-anna');
  await heardOf(placement, 'case_assignments', person.participantId);
  const { employerId, siteId, vacancyId } = await openVacancy(caseworker, pair.de.municipality);
  // Shortlisted first: a participant in an ongoing placement is no candidate.
  await heardOf(placement, 'match_candidates', person.participantId, 'candidate_id');
  const [entry] = expectStatus(await caseworker.post<Array<{ id: string }>>(`/vacancies/${vacancyId}/shortlist`, { candidates: [person.participantId] }), 201, 'shortlist');
  const identity = { displayName: ledger.fill('placement:ReleaseIdentityDto.displayName'), contact: ledger.fill('placement:ReleaseIdentityDto.contact') };
  expectStatus(await caseworker.post(`/vacancies/${vacancyId}/shortlist/${entry?.id}/release`, identity), 200, 'releasing the identity');
  const job = { participantId: person.participantId, type: 'job', employerId, siteId, vacancyId, occupation: '7212', startedOn: daysAgo(100), contractedHoursPerWeek: 40, wage: { amountMinor: 300_000, currency: 'EUR', period: 'month' } };
  const { id: placementId } = expectStatus(await caseworker.post<{ id: string }>('/placements', job), 201, 'placement');
  const feedback = { skillsFit: 4, reliability: 5, language: 3, comment: ledger.fill('placement:GiveFeedbackDto.comment'), givenOn: daysAgo(0) };
  expectStatus(await caseworker.request('PUT', `/placements/${placementId}/feedback`, feedback), 200, 'feedback');
  const grievance = { subjectType: 'placement', subjectId: placementId, participantId: person.participantId, category: 'unsafe-work', details: ledger.fill('placement:FileGrievanceDto.details') };
  const { id: grievanceId } = expectStatus(await caseworker.post<{ id: string }>('/grievances', grievance), 201, 'grievance');
  const resolution = { outcome: 'upheld', resolution: ledger.fill('placement:ResolveGrievanceDto.resolution') };
  const admin = await placement.as(['admin'], 'admin-ola');
  expectStatus(await admin.post(`/grievances/${grievanceId}/resolution`, resolution), 200, 'resolving the grievance');

}

async function openVacancy(caseworker: NodeClient, municipality: string): Promise<{ employerId: string; siteId: string; vacancyId: string }> {
  const employer = {
    name: 'Stal-Bud GmbH',
    sectors: ['F'],
    contact: { name: 'Personalabteilung', email: 'jobs@stal-bud.example', phone: '+49 3581 123456' },
    crossBorder: true,
    sites: [{ municipality, country: 'DE', address: 'Hauptstr. 1, 02826 Görlitz' }],
  };
  const created = expectStatus(await caseworker.post<{ id: string; sites: Array<{ id: string }> }>('/employers', employer), 201, 'employer');
  const siteId = created.sites[0]?.id as string;
  const vacancy = { siteId, title: 'Welder', occupation: '7212', requiredSkills: [SKILL], languages: [], wageMinMinor: 250_000, wageMaxMinor: 350_000, currency: 'EUR', wagePeriod: 'month', hoursPerWeek: 40, type: 'job', openings: 1 };
  const { id: vacancyId } = expectStatus(await caseworker.post<{ id: string }>(`/employers/${created.id}/vacancies`, vacancy), 201, 'vacancy');
  return { employerId: created.id, siteId, vacancyId };
}

/** A foreign qualification presented with evidence, decided with conditions, appealed, and the appeal decided. */
export async function recognisedAtHome(pair: NodePair, person: SecondPerson, ledger: CanaryLedger): Promise<void> {
  const recognition = pair.de.service('recognition');
  const [caseworker, officer] = [await recognition.as(['caseworker'], 'caseworker-anna'), await recognition.as(['recognition_officer'], 'officer-jana')];
  await heardOf(recognition, 'case_assignments', person.participantId);
  const qualification = { country: 'UA', code: ledger.fill('recognition:ForeignQualificationDto.code'), name: ledger.fill('recognition:ForeignQualificationDto.name'), eqfLevel: 4, occupation: '7212' };
  const evidence = [{ filename: `${ledger.fill('recognition:EvidenceDocumentDto.filename')}.pdf`, mediaType: 'application/pdf', sha256: 'b'.repeat(64) }];
  const { id } = expectStatus(await caseworker.post<{ id: string }>('/recognition-requests', { participantId: person.participantId, qualification, evidence }), 201, 'recognition request');
  const measures = () => [ledger.fill('recognition:DecisionDto.compensationMeasures')];
  expectStatus(await officer.post(`/recognition-requests/${id}/decision`, { outcome: 'conditional', compensationMeasures: measures(), reasons: ledger.fill('recognition:DecisionDto.reasons') }), 200, 'decision');
  expectStatus(await caseworker.post(`/recognition-requests/${id}/appeal`, { grounds: ledger.fill('recognition:AppealDto.grounds') }), 200, 'appeal');
  const appealDecision = {
    appealOutcome: 'modified',
    outcome: 'conditional',
    compensationMeasures: [ledger.fill('recognition:AppealDecisionDto.compensationMeasures')],
    reasons: ledger.fill('recognition:AppealDecisionDto.reasons'),
  };
  const reviewer = await recognition.as(['recognition_officer'], 'officer-piotr');
  expectStatus(await reviewer.post(`/recognition-requests/${id}/appeal/decision`, appealDecision), 200, 'appeal decision');
}

/** PL revokes the credential it issued to the referred trainee, giving a reason. */
export async function credentialRevokedAbroad(pair: NodePair, referralId: string, ledger: CanaryLedger): Promise<void> {
  const recognition = pair.pl.service('recognition');
  const officer = await recognition.as(['recognition_officer'], 'officer-ewa');
  const [credential] = await recognition.database.query<{ id: string }>('SELECT c.id FROM credentials c JOIN holders h ON h.id = c.holder_id WHERE h.referral_id = $1', [referralId]);
  expectStatus(await officer.post(`/credentials/${credential?.id}/revocation`, { reason: ledger.fill('recognition:RevokeCredentialDto.reason') }), 200, 'revoking the credential');
}
