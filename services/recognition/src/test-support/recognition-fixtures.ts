import { randomUUID } from 'node:crypto';
import { CaseAssignedV1, ModuleCompletedV1 } from '@tandem/contracts';
import { pollUntil, publishAs, type ServiceTestApp } from '@tandem/devkit';

export const OFFICER = { roles: ['recognition_officer'], subject: 'officer-marta' };
export const WELDING_SKILL = 'http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083';

export function definitionBody(overrides: object = {}) {
  return {
    kind: 'module',
    trainingId: randomUUID(),
    code: 'WLD-101',
    name: { en: 'MAG welding basics', pl: 'Podstawy spawania MAG' },
    description: { en: 'Butt and fillet joints on steel plate with MAG.' },
    criteria: 'Passed a practical test: three joints inspected to ISO 5817 level C.',
    eqfLevel: 3,
    skills: [WELDING_SKILL],
    occupations: ['7212'],
    assessmentMethod: 'practical',
    creditHours: 40,
    ecvetPoints: 2,
    ...overrides,
  };
}

/** A participant of the node and their caseworker, once intake's CaseAssigned has been applied. */
export async function participantOf(app: ServiceTestApp, caseworker: string): Promise<string> {
  const participantId = randomUUID();
  await publishAs(app, 'intake', CaseAssignedV1, participantId, { participantId, caseId: randomUUID(), caseworker, assignedAt: new Date().toISOString() });
  await pollUntil('case assignment applied', () => app.dataSource.query('SELECT 1 FROM case_assignments WHERE participant_id = $1', [participantId]), (rows) => rows.length === 1);
  return participantId;
}

/** Training announces that the participant passed the module; resolves with the credential it issued. */
export async function completeModule(app: ServiceTestApp, moduleId: string, participantId: string): Promise<{ id: string; jws: string }> {
  const enrollmentId = randomUUID();
  await publishAs(app, 'training', ModuleCompletedV1, enrollmentId, {
    enrollmentId,
    cohortId: randomUUID(),
    programId: randomUUID(),
    trainee: { participantId, homeMunicipality: app.municipality },
    moduleId,
    moduleCode: 'WLD-101',
    completedOn: '2026-11-30',
  });
  const [credential] = await pollUntil(
    'credential issued',
    () =>
      app.dataSource.query<Array<{ id: string; jws: string }>>(
        'SELECT c.id, c.jws FROM credentials c JOIN holders h ON h.id = c.holder_id WHERE h.participant_id = $1',
        [participantId],
      ),
    (rows) => rows.length === 1,
  );
  return credential!;
}
