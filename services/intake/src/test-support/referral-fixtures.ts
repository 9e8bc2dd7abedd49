import { pollUntil } from '@tandem/devkit';
import type { IntakeTestApp } from './intake-test-app';

/** Put into names and notes, so a search can prove they went nowhere they should not. */
export const CANARY = 'CANARY-referral-int';

export const olena = {
  givenName: 'Olena',
  familyName: `Kovalenko-${CANARY}`,
  dateOfBirth: '1994-03-17',
  gender: 'female',
  residenceMunicipality: 'de-goerlitz',
  status: 'refugee',
  languages: [{ code: 'uk', level: 'C2' }],
};

export interface Step {
  step: string;
}

/** A caller on one node, with JSON bodies. */
export async function as(node: IntakeTestApp, roles = ['caseworker'], subject = 'caseworker-anna') {
  const client = await node.as(roles, subject);
  return { get: client.get, post: (path: string, body: object = {}) => client.post(path).send(body) };
}

/** A participant on `de` with a consent to refer them, by default sharing given name and languages only. */
export async function participantReadyForReferral(
  de: IntakeTestApp,
  { fields = ['givenName', 'languages'], purposes = ['cross-border-referral'] }: { fields?: string[]; purposes?: string[] } = {},
) {
  const caseworker = await as(de);
  const { body: participant } = await caseworker.post('/participants', olena).expect(201);
  const { body: consent } = await caseworker
    .post(`/participants/${participant.id}/consents`, {
      purposes,
      noticeVersion: '2026-01',
      channel: 'in_person',
      givenBy: 'participant',
      fields: { 'cross-border-referral': fields },
    })
    .expect(201);
  return { participant, consent };
}

export async function sendReferral(de: IntakeTestApp, pl: IntakeTestApp, participantId: string, extra: object = {}) {
  const body = { participantId, destination: pl.config.MUNICIPALITY_ID, occupation: '7212', program: 'Welding', ...extra };
  const { body: referral } = await (await as(de)).post('/referrals', body).expect(201);
  return referral;
}

export function statusOn(node: IntakeTestApp, id: string, status: string) {
  const read = async () => (await (await as(node)).get(`/referrals/${id}`)).body;
  return pollUntil(`${status} on ${node.config.MUNICIPALITY_ID}`, read, (referral) => referral.status === status);
}

export async function timelineOn(node: IntakeTestApp, id: string) {
  return (await (await as(node)).get(`/referrals/${id}/timeline`).expect(200)).body;
}

export function stepsOf(steps: Step[]): string[] {
  return steps.map((entry) => entry.step);
}
