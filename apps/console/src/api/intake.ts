import type { Api } from './api-client';

export interface Page<Item> {
  items: Item[];
  page: number;
  pageSize: number;
  total: number;
}

export type CaseStatus = 'open' | 'on_hold' | 'closed';

export interface CaseView {
  id: string;
  participantId: string;
  participantName: string;
  assignedCaseworker: string;
  status: CaseStatus;
  openedAt: string;
  closedAt: string | null;
}

export interface LanguageSkill {
  code: string;
  level: string;
}

export interface ParticipantInput {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  gender: string;
  residenceMunicipality: string;
  status: string;
  languages: LanguageSkill[];
}

export interface ConsentView {
  id: string;
  purposes: string[];
  fields: Record<string, string[]>;
  recipients: string[];
  givenBy: string;
  noticeVersion: string;
  channel: string;
  givenAt: string;
  recordedBy: string;
  withdrawnAt: string | null;
}

export interface ParticipantView extends ParticipantInput {
  id: string;
  registeredAt: string;
  consents: ConsentView[];
}

export interface ConsentInput {
  purposes: string[];
  fields: Record<string, string[]>;
  recipients: string[];
  noticeVersion: string;
  channel: string;
  givenBy: string;
}

export type Direction = 'inbound' | 'outbound';

export interface ReferralSummary {
  id: string;
  direction: Direction;
  partner: string;
  status: string;
  displayName: string | null;
  request: { occupation?: string; program?: string; message?: string };
  sentAt: string;
  updatedAt: string;
}

export interface ReferralView extends ReferralSummary {
  participantId: string | null;
  profile: Record<string, unknown> | null;
  erasedAt: string | null;
}

export interface TimelineStep {
  step: string;
  at: string;
  by: string;
  reason?: string;
  comment?: string;
}

export interface ReferralInput {
  participantId: string;
  destination: string;
  occupation?: string;
  program?: string;
  message?: string;
}

export interface ReasonInput {
  reason: string;
  comment?: string;
}

/** Only these can still be withdrawn by either side; only a received inbound one can be answered. */
export const WITHDRAWABLE = ['sent', 'received', 'accepted', 'in-training'];

export const intake = {
  cases: (api: Api, page: number, status?: CaseStatus) =>
    api.get<Page<CaseView>>('intake', `/cases?${query({ page, pageSize: 20, status })}`),
  changeCaseStatus: (api: Api, id: string, status: CaseStatus) => api.send<CaseView>('PATCH', 'intake', `/cases/${id}`, { status }),
  participant: (api: Api, id: string) => api.get<ParticipantView>('intake', `/participants/${id}`),
  register: (api: Api, input: ParticipantInput) => api.send<ParticipantView>('POST', 'intake', '/participants', input),
  grantConsent: (api: Api, participantId: string, input: ConsentInput) =>
    api.send<ConsentView>('POST', 'intake', `/participants/${participantId}/consents`, input),
  withdrawConsent: (api: Api, participantId: string, consentId: string) =>
    api.send<ConsentView>('POST', 'intake', `/participants/${participantId}/consents/${consentId}/withdrawal`),
  referrals: (api: Api, direction: Direction, page: number) =>
    api.get<Page<ReferralSummary>>('intake', `/referrals?${query({ direction, page, pageSize: 20 })}`),
  referral: (api: Api, id: string) => api.get<ReferralView>('intake', `/referrals/${id}`),
  timeline: (api: Api, id: string) => api.get<{ steps: TimelineStep[] }>('intake', `/referrals/${id}/timeline`),
  send: (api: Api, input: ReferralInput) => api.send<ReferralView>('POST', 'intake', '/referrals', input),
  accept: (api: Api, id: string) => api.send<ReferralView>('POST', 'intake', `/referrals/${id}/acceptance`),
  decline: (api: Api, id: string, input: ReasonInput) => api.send<ReferralView>('POST', 'intake', `/referrals/${id}/decline`, input),
  withdraw: (api: Api, id: string, input: ReasonInput) => api.send<ReferralView>('POST', 'intake', `/referrals/${id}/withdrawal`, input),
};

function query(values: Record<string, string | number | undefined>): string {
  const defined = Object.entries(values).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return new URLSearchParams(defined.map(([name, value]) => [name, String(value)])).toString();
}
