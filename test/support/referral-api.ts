import { randomBytes } from 'node:crypto';
import { type HttpResult, type NodeClient, pollUntil } from '@tandem/devkit';

export interface ParticipantInput {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  gender: string;
  residenceMunicipality: string;
  status: string;
  languages: Array<{ code: string; level: string }>;
}

export interface ReferralView {
  id: string;
  direction: 'outbound' | 'inbound';
  status: string;
  partner: string;
  profile?: Record<string, unknown> | null;
  erasedAt?: string | null;
}

export interface TimelineStep {
  step: string;
  at: string;
  by: string;
  reason?: string;
  comment?: string;
}

export interface Page<Item> {
  items: Item[];
  page: number;
  pageSize: number;
  total: number;
}

export const REFERRAL_PURPOSE = 'cross-border-referral';

/** A word no other record contains, so finding it anywhere means this very value travelled there. */
export function canary(label: string): string {
  return `${label}${randomBytes(5).toString('hex')}`;
}

export function participantInput(residenceMunicipality: string, overrides: Partial<ParticipantInput> = {}): ParticipantInput {
  return {
    givenName: canary('Olena'),
    familyName: canary('Kovalenko'),
    dateOfBirth: '1994-03-17',
    gender: 'female',
    residenceMunicipality,
    status: 'migrant',
    languages: [{ code: 'uk', level: 'C2' }],
    ...overrides,
  };
}

export function expectStatus<Body>(result: HttpResult<Body>, status: number, what: string): Body {
  if (result.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${result.status}: ${JSON.stringify(result.body)}`);
  }
  return result.body;
}

export async function registerParticipant(client: NodeClient, input: ParticipantInput): Promise<string> {
  return expectStatus(await client.post<{ id: string }>('/participants', input), 201, 'registering a participant').id;
}

export interface ConsentTerms {
  purposes?: string[];
  fields?: string[];
  recipients?: string[];
}

export function consentBody({ purposes = [REFERRAL_PURPOSE], fields, recipients }: ConsentTerms = {}): Record<string, unknown> {
  const body: Record<string, unknown> = { purposes, noticeVersion: '2026-01', channel: 'in_person', givenBy: 'participant' };
  if (purposes.includes(REFERRAL_PURPOSE)) {
    body['fields'] = { [REFERRAL_PURPOSE]: fields ?? ['givenName', 'familyName', 'languages', 'skills'] };
  }
  if (recipients) body['recipients'] = recipients;
  return body;
}

export async function grantConsent(client: NodeClient, participantId: string, terms?: ConsentTerms): Promise<string> {
  const result = await client.post<{ id: string }>(`/participants/${participantId}/consents`, consentBody(terms));
  return expectStatus(result, 201, 'granting consent').id;
}

export async function withdrawConsent(client: NodeClient, participantId: string, consentId: string): Promise<void> {
  expectStatus(await client.post(`/participants/${participantId}/consents/${consentId}/withdrawal`), 200, 'withdrawing consent');
}

export async function sendReferral(client: NodeClient, body: Record<string, unknown>): Promise<ReferralView> {
  return expectStatus(await client.post<ReferralView>('/referrals', body), 201, 'sending a referral');
}

export async function readReferral(client: NodeClient, id: string): Promise<ReferralView> {
  return expectStatus(await client.get<ReferralView>(`/referrals/${id}`), 200, `reading referral ${id}`);
}

/** Waits until the node shows the referral and `accept` takes it. */
export function referralWhen(client: NodeClient, id: string, what: string, accept: (view: ReferralView) => boolean): Promise<ReferralView> {
  return pollUntil(what, () => readReferral(client, id), accept, { timeoutMs: 30_000 });
}

export function referralInStatus(client: NodeClient, id: string, status: string): Promise<ReferralView> {
  return referralWhen(client, id, `referral ${id} to be ${status} at ${client.baseUrl}`, (view) => view.status === status);
}

/** The timeline with each time as an ISO instant and absent optional parts left out, for comparing nodes. */
export async function timelineOf(client: NodeClient, id: string): Promise<TimelineStep[]> {
  const body = expectStatus(await client.get<{ referralId: string; steps: TimelineStep[] }>(`/referrals/${id}/timeline`), 200, 'reading a timeline');
  if (body.referralId !== id) throw new Error(`timeline of ${id} names referral ${body.referralId}`);
  return body.steps.map(({ step, at, by, reason, comment }) => ({
    step,
    at: new Date(at).toISOString(),
    by,
    ...(reason == null ? {} : { reason }),
    ...(comment == null ? {} : { comment }),
  }));
}

/** Waits until the timeline holds exactly `steps`, in order. */
export function timelineWith(client: NodeClient, id: string, steps: string[]): Promise<TimelineStep[]> {
  return pollUntil(
    `the timeline of ${id} at ${client.baseUrl} to be ${steps.join(' > ')}`,
    () => timelineOf(client, id),
    (timeline) => timeline.map((entry) => entry.step).join() === steps.join(),
    { timeoutMs: 30_000 },
  );
}

/** Education, work history and a case note, each holding a canary; none of it is covered by the consent. */
export async function seedUnsharedDetails(client: NodeClient, participantId: string): Promise<string[]> {
  const [education, job, note] = [canary('Educanary '), canary('Jobcanary '), canary('Notecanary ')];
  const profile = `/participants/${participantId}`;
  expectStatus(await client.request('PUT', `${profile}/education`, { education: [{ level: 3, field: education, country: 'UA' }] }), 200, 'education');
  const workExperience = [{ occupation: '7212', title: job, country: 'UA', fromYear: 2012 }];
  expectStatus(await client.request('PUT', `${profile}/work-experience`, { workExperience }), 200, 'work experience');
  const cases = expectStatus(await client.get<Page<{ id: string; participantId: string }>>('/cases?page=1&pageSize=100'), 200, 'cases');
  const found = cases.items.find((item) => item.participantId === participantId);
  if (!found) throw new Error(`no case of participant ${participantId} in ${JSON.stringify(cases)}`);
  expectStatus(await client.post(`/cases/${found.id}/notes`, { body: note }), 201, 'adding a case note');
  return [education, job, note];
}
