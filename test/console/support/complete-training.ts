import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HttpResult, type NodeClient, pollUntil, REPO_ROOT } from '@tandem/devkit';

type Messages = { [key: string]: string | Messages };

/** The survey area's own text for `key` in `language`, so the test finds what a user of that language reads. */
export function surveyText(language: string, key: string, values: Record<string, string> = {}): string {
  let found: string | Messages | undefined = JSON.parse(readFileSync(join(REPO_ROOT, 'apps/console/src/survey/locales', `${language}.json`), 'utf8')) as Messages;
  for (const part of key.split('.')) found = typeof found === 'object' ? found[part] : undefined;
  if (typeof found !== 'string') throw new Error(`no text survey.${key} in ${language}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

function ok<Body>(result: HttpResult<Body>, what: string): Body {
  if (result.status >= 300) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

/**
 * What a training provider records through the training API until a participant's training is
 * complete: an open one-module program (no attendance threshold), a cohort, the enrollment once
 * intake's case assignment has reached training, and a passed assessment. Returns the enrollment id.
 */
export async function completeTraining(provider: NodeClient, trainee: { participantId: string; displayName: string }, title: Record<string, string>): Promise<string> {
  const create = async (path: string, body: unknown) => ok(await provider.post<{ id: string }>(path, body), `POST ${path}`).id;
  const moduleId = await create('/modules', {
    code: `WLD-${randomBytes(4).toString('hex')}`,
    title: { en: 'Workshop safety' },
    hours: 40,
    assessmentMethod: 'practical',
    learningOutcomes: [{ description: 'Works safely in the workshop', skills: [] }],
  });
  const programId = await create('/programs', {
    title,
    occupation: '7212',
    eqfLevel: 3,
    languages: ['de', 'ar'],
    location: 'Görlitz, Berliner Straße 1',
    schedule: { pattern: 'evening', description: 'Mo und Mi 18–21 Uhr' },
    capacity: 12,
    funding: [{ kind: 'public', name: 'Interreg' }],
    provider: 'Bildungszentrum Görlitz',
    attendanceThreshold: 0,
  });
  ok(await provider.request('PUT', `/programs/${programId}/modules`, [{ moduleId, required: true }]), 'program modules');
  ok(await provider.post(`/programs/${programId}/status`, { status: 'open' }), 'opening the program');
  const cohortId = await create(`/programs/${programId}/cohorts`, { name: 'Herbst', startsOn: '2026-09-01', endsOn: '2026-12-20', trainers: ['Lukas Weber'], mentors: [] });
  const enrolled = await pollUntil(
    'the participant enrollable (their case assignment reached training)',
    () => provider.post<{ id: string }>(`/cohorts/${cohortId}/enrollments`, trainee),
    (result) => result.status === 201,
  );
  const today = new Date().toISOString().slice(0, 10);
  ok(await provider.post(`/enrollments/${enrolled.body.id}/assessments`, { moduleId, result: 'passed', assessor: 'Lukas Weber', assessedOn: today }), 'passing the module');
  return enrolled.body.id;
}
