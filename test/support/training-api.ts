import { randomBytes } from 'node:crypto';
import { type NodeClient, pollUntil } from '@tandem/devkit';
import { expectStatus, grantConsent, participantInput, referralInStatus, registerParticipant, sendReferral } from './referral-api';

export interface TrainingCohort {
  programId: string;
  cohortId: string;
  moduleIds: string[];
  sessionIds: string[];
}

const SKILL = 'http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083';

/** An open two-module program (both required, 80 % attendance) with one cohort and `sessions` past sessions. */
export async function seedOpenCohort(provider: NodeClient, { sessions }: { sessions: number }): Promise<TrainingCohort> {
  const created = async (path: string, body: unknown) => expectStatus(await provider.post<{ id: string }>(path, body), 201, `POST ${path}`).id;
  const tag = randomBytes(4).toString('hex');
  const moduleIds: string[] = [];
  for (const [index, title] of ['Workshop safety', 'MAG welding basics'].entries()) {
    const learningOutcomes = [{ description: `${title} in practice`, skills: [SKILL] }];
    moduleIds.push(await created('/modules', { code: `WLD-${tag}-${index + 1}`, title: { en: title }, hours: 40, assessmentMethod: 'practical', learningOutcomes }));
  }
  const programId = await created('/programs', {
    title: { en: 'Welding, evening cohort', pl: 'Spawanie, kurs wieczorowy' },
    occupation: '7212',
    eqfLevel: 3,
    languages: ['pl'],
    location: 'Zgorzelec',
    schedule: { pattern: 'evening', description: 'Mon and Wed 18:00-21:00' },
    capacity: 12,
    funding: [{ kind: 'public', name: 'Interreg' }],
    provider: 'CKZiU Zgorzelec',
    attendanceThreshold: 0.8,
  });
  const modules = moduleIds.map((moduleId) => ({ moduleId, required: true }));
  expectStatus(await provider.request('PUT', `/programs/${programId}/modules`, modules), 200, 'program modules');
  expectStatus(await provider.post(`/programs/${programId}/status`, { status: 'open' }), 200, 'opening the program');
  const cohort = { name: 'Autumn evenings', startsOn: '2026-09-01', endsOn: '2026-12-20', trainers: ['Jan Kowalski'], mentors: [] };
  const cohortId = await created(`/programs/${programId}/cohorts`, cohort);
  const sessionIds: string[] = [];
  for (let day = 1; day <= sessions; day++) {
    const date = `2026-10-${String(day).padStart(2, '0')}`;
    sessionIds.push(await created(`/cohorts/${cohortId}/sessions`, { date, startsAt: '18:00', endsAt: '21:00', room: 'Workshop 2' }));
  }
  return { programId, cohortId, moduleIds, sessionIds };
}

/** Waits until training has heard of the acceptance, then enrolls the referred trainee. */
export async function enrollAcceptedReferral(provider: NodeClient, cohortId: string, referralId: string): Promise<{ id: string; status: string }> {
  const enrolled = await pollUntil(
    `referral ${referralId} to be enrollable`,
    () => provider.post<{ id: string; status: string }>(`/cohorts/${cohortId}/enrollments`, { referralId }),
    (result) => result.status !== 422,
  );
  return expectStatus(enrolled, 201, 'enrolling the referred trainee');
}

/** DE registers a participant who consents to `purposes` with PL as recipient, and refers them to PL, which stores it. */
export async function consentingReferral(de: NodeClient, pl: NodeClient, nodes: { de: string; pl: string }, purposes: string[]) {
  const input = participantInput(nodes.de);
  const participantId = await registerParticipant(de, input);
  const consentId = await grantConsent(de, participantId, { purposes, recipients: [nodes.pl] });
  const sent = await sendReferral(de, { participantId, consentId, destination: nodes.pl, occupation: '7212', program: 'Welding, evening cohort' });
  await referralInStatus(pl, sent.id, 'received');
  return { input, participantId, consentId, referralId: sent.id };
}
