import { randomUUID } from 'node:crypto';
import { CaseAssignedV1, InboundReferralAcceptedV1, ModuleCompletedV1, ParticipantRegisteredV1 } from '@tandem/contracts';
import { pollUntil, publishAs, type ServiceTestApp } from '@tandem/devkit';
import { CASEWORKER, newEmployer } from '../../employers/test-support/employer-fixtures';

export const WELDING = 'http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083';
export const SAFETY = 'http://data.europa.eu/esco/skill/0f0c4d3e-5a5b-4b8c-9d0e-1f2a3b4c5d6e';
type Level = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
type Languages = Array<{ code: string; level: Level }>;

const rows = (app: ServiceTestApp, sql: string, values: unknown[]) => app.dataSource.query(sql, values) as Promise<unknown[]>;

/** An open welder's vacancy asking for welding and safety skills and Polish B1, at a new employer's Görlitz site. */
export async function newVacancy(app: ServiceTestApp): Promise<{ employerId: string; vacancyId: string }> {
  const { employerId, siteId } = await newEmployer(app);
  const client = await app.as(CASEWORKER.roles, CASEWORKER.subject);
  const body = {
    siteId,
    title: 'Schweißer/in',
    occupation: '7212',
    requiredSkills: [WELDING, SAFETY],
    languages: [{ code: 'pl', level: 'B1' }],
    wageMinMinor: 1_450,
    wageMaxMinor: 1_800,
    currency: 'EUR',
    wagePeriod: 'hour',
    hoursPerWeek: 40,
    type: 'job',
    openings: 2,
  };
  const created = await client.post(`/employers/${employerId}/vacancies`).send(body).expect(201);
  return { employerId, vacancyId: created.body.id };
}

/** A participant of this node, the caseworker's case, registered by intake and with training's evidence of `skills`. */
export async function localCandidate(
  app: ServiceTestApp,
  options: { caseworker: string; municipality: string; languages: Languages; skills?: string[] },
): Promise<string> {
  const participantId = randomUUID();
  const { caseworker, municipality, languages, skills = [] } = options;
  await publishAs(app, 'intake', CaseAssignedV1, participantId, { participantId, caseId: randomUUID(), caseworker, assignedAt: new Date().toISOString() });
  await publishAs(app, 'intake', ParticipantRegisteredV1, participantId, { participantId, municipality, languages, registeredAt: new Date().toISOString() });
  await pollUntil('candidate registered', () => rows(app, 'SELECT 1 FROM match_candidates WHERE candidate_id = $1', [participantId]), (found) => found.length === 1);
  if (skills.length > 0) await completeModule(app, { participantId, homeMunicipality: municipality }, skills);
  await pollUntil('case assigned', () => rows(app, 'SELECT 1 FROM case_assignments WHERE participant_id = $1', [participantId]), (found) => found.length === 1);
  return participantId;
}

/** Training's word that the trainee passed a module evidencing `skills`, applied. */
export async function completeModule(app: ServiceTestApp, trainee: { participantId?: string; referralId?: string; homeMunicipality: string }, skills: string[]) {
  const enrollmentId = randomUUID();
  const ids = { enrollmentId, cohortId: randomUUID(), programId: randomUUID(), trainee };
  await publishAs(app, 'training', ModuleCompletedV1, enrollmentId, { ...ids, moduleId: randomUUID(), moduleCode: 'WLD-101', completedOn: '2027-01-15', skills });
  const candidateId = trainee.participantId ?? trainee.referralId;
  const evidence = () => rows(app, 'SELECT 1 FROM candidate_skills WHERE candidate_id = $1', [candidateId]);
  await pollUntil('skills evidenced', evidence, (found) => found.length === skills.length);
}

/**
 * Two trainees referred here, one whose consent covers employer-sharing and one whose does not.
 * Published under one key, so the inbox applies them in order: once the first is a candidate, the other has been seen.
 */
export async function referredPair(app: ServiceTestApp, partner: string): Promise<{ sharing: string; notSharing: string }> {
  const [sharing, notSharing] = [randomUUID(), randomUUID()];
  const accepted = (referralId: string, employerSharing: boolean) => ({
    referralId,
    from: partner,
    acceptedAt: new Date().toISOString(),
    request: { occupation: '7212' },
    trainee: { givenName: 'Olena' },
    progressSharing: true,
    employerSharing,
    languages: [{ code: 'pl' as const, level: 'B2' as const }],
  });
  await publishAs(app, 'intake', InboundReferralAcceptedV1, notSharing, accepted(notSharing, false));
  await publishAs(app, 'intake', InboundReferralAcceptedV1, notSharing, accepted(sharing, true));
  await pollUntil('referred candidate', () => rows(app, 'SELECT 1 FROM match_candidates WHERE candidate_id = $1', [sharing]), (found) => found.length === 1);
  return { sharing, notSharing };
}
