import { randomBytes } from 'node:crypto';
import { type NodeClient, pollUntil } from '@tandem/devkit';
import { expectStatus } from '../../support/referral-api';

export interface Trainee {
  participantId: string;
  displayName: string;
}

export interface OpenCohort {
  programId: string;
  moduleId: string;
  cohortId: string;
}

/** What a training provider sets up through the training API: an open one-module program (no attendance threshold) and a cohort. */
export async function openCohort(provider: NodeClient, title: Record<string, string>): Promise<OpenCohort> {
  const create = async (path: string, body: unknown) => expectStatus(await provider.post<{ id: string }>(path, body), 201, `POST ${path}`).id;
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
  expectStatus(await provider.request('PUT', `/programs/${programId}/modules`, [{ moduleId, required: true }]), 200, 'program modules');
  expectStatus(await provider.post(`/programs/${programId}/status`, { status: 'open' }), 200, 'opening the program');
  const cohortId = await create(`/programs/${programId}/cohorts`, { name: 'Herbst', startsOn: '2026-09-01', endsOn: '2026-12-20', trainers: ['Lukas Weber'], mentors: [] });
  return { programId, moduleId, cohortId };
}

/** Enrols the trainee once intake's case assignment has reached training, and passes the module: the training is complete. Returns the enrollment id. */
export async function enrolAndComplete(provider: NodeClient, { cohortId, moduleId }: OpenCohort, trainee: Trainee): Promise<string> {
  const enrolled = await pollUntil(
    'the participant enrollable (their case assignment reached training)',
    () => provider.post<{ id: string }>(`/cohorts/${cohortId}/enrollments`, trainee),
    (result) => result.status === 201,
  );
  const today = new Date().toISOString().slice(0, 10);
  expectStatus(await provider.post(`/enrollments/${enrolled.body.id}/assessments`, { moduleId, result: 'passed', assessor: 'Lukas Weber', assessedOn: today }), 201, 'passing the module');
  return enrolled.body.id;
}

/** One trainee's training from an open program to its completion. Returns the enrollment id. */
export async function completeTraining(provider: NodeClient, trainee: Trainee, title: Record<string, string>): Promise<string> {
  return enrolAndComplete(provider, await openCohort(provider, title), trainee);
}
