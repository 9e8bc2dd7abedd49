import type { Static } from '@sinclair/typebox';
import type { EventContract } from '@tandem/contracts';
import { publishAs, type ServiceTestApp, uniqueName } from '@tandem/devkit';

export const PROVIDER = { roles: ['training_provider'], subject: 'provider-jan' };
export const WELDING_SKILL = 'http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083';

/** Publishes an intake event onto the node's topic, as the node's intake service would. */
export function publishIntakeEvent<C extends EventContract>(app: ServiceTestApp, contract: C, subject: string, data: Static<C['schema']>) {
  return publishAs(app, 'intake', contract, subject, data);
}

export interface SeededCohort {
  programId: string;
  cohortId: string;
  moduleIds: [string, string];
  sessionIds: string[];
}

/**
 * An open two-module welding program (both required, 80 % attendance) with one cohort of
 * `capacity` places and `sessions` past evening sessions, made through the provider's API.
 */
export async function seedCohort(app: ServiceTestApp, options: { capacity?: number; sessions?: number } = {}): Promise<SeededCohort> {
  const provider = await app.as(PROVIDER.roles, PROVIDER.subject);
  const created = async (path: string, body: object) => {
    const response = await provider.post(path).send(body);
    if (response.status !== 201) throw new Error(`POST ${path} → ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  };
  const tag = uniqueName('m');
  const moduleIds = (await Promise.all(
    ['Workshop safety', 'MAG welding basics'].map((title, index) =>
      created('/modules', {
        code: `WLD-${tag}-${index + 1}`,
        title: { en: title },
        hours: 40,
        assessmentMethod: 'practical',
        learningOutcomes: [{ description: `${title}: applied in the workshop`, skills: [WELDING_SKILL] }],
      }),
    ),
  )) as [string, string];
  const programId = await created('/programs', {
    title: { en: 'Welding, evening cohort', pl: 'Spawanie, kurs wieczorowy' },
    occupation: '7212',
    eqfLevel: 3,
    languages: ['pl', 'uk'],
    location: 'Zgorzelec, ul. Warszawska 1',
    schedule: { pattern: 'evening', description: 'Mon and Wed 18:00-21:00' },
    capacity: options.capacity ?? 12,
    funding: [{ kind: 'public', name: 'Interreg' }],
    provider: 'CKZiU Zgorzelec',
    attendanceThreshold: 0.8,
  });
  await expectOk(provider.put(`/programs/${programId}/modules`).send(moduleIds.map((moduleId) => ({ moduleId, required: true }))));
  await expectOk(provider.post(`/programs/${programId}/status`).send({ status: 'open' }));
  const cohortId = await created(`/programs/${programId}/cohorts`, {
    name: 'Autumn evenings',
    startsOn: '2026-09-01',
    endsOn: '2026-12-20',
    capacity: options.capacity ?? 12,
    trainers: ['Jan Kowalski'],
    mentors: ['Marek Nowak'],
  });
  const sessionIds: string[] = [];
  for (let day = 0; day < (options.sessions ?? 0); day++) {
    const date = `2026-10-${String(day + 1).padStart(2, '0')}`;
    sessionIds.push(await created(`/cohorts/${cohortId}/sessions`, { date, startsAt: '18:00', endsAt: '21:00', room: 'Workshop 2' }));
  }
  return { programId, cohortId, moduleIds, sessionIds };
}

async function expectOk(call: PromiseLike<{ status: number; body: unknown }>): Promise<void> {
  const response = await call;
  if (response.status >= 300) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
}
