import type { Api } from './api-client';
import type { Page } from './intake';

export const OUTCOMES = ['full', 'partial', 'conditional', 'denied'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const APPEAL_OUTCOMES = ['upheld', 'overturned', 'modified'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];
export type QueueStage = 'pending' | 'appealed';

/** What was presented: a verified credential of a member node, or a foreign qualification with its evidence. */
export type Presented =
  | { kind: 'credential'; credentialId: string; issuerMunicipality: string; country: string; code: string; eqfLevel?: number; occupations: string[] }
  | { kind: 'qualification'; country: string; code?: string; name: string; eqfLevel?: number; occupations: string[] };

export interface EvidenceDocument {
  filename: string;
  mediaType: string;
  sha256: string;
}

export interface DecisionView {
  outcome: Outcome;
  basis: 'agreement' | 'officer';
  agreementId?: string;
  ruleIndex?: number;
  compensationMeasures?: string[];
  reasons: string;
  decidedBy?: string;
  decidedAt: string;
}

export interface AppealView {
  grounds: string;
  appealedBy: string;
  appealedAt: string;
  appealOutcome?: AppealOutcome;
  reasons?: string;
  decidedBy?: string;
  decidedAt?: string;
}

export interface RecognitionRequestView {
  id: string;
  participantId: string;
  presented: Presented;
  evidence: EvidenceDocument[];
  requestedOn: string;
  status: 'pending' | 'decided';
  decision?: DecisionView;
  appeal?: AppealView;
}

/**
 * An officer's decision (without `appealOutcome`) or review of an appeal. The service names each field a
 * combination lacks: an outcome for a decision or an overturned appeal, measures for a conditional outcome.
 */
export interface DecisionInput {
  appealOutcome?: AppealOutcome;
  outcome?: Outcome;
  compensationMeasures?: string[];
  reasons: string;
}

export type CheckName = 'format' | 'issuer' | 'signature' | 'validity' | 'revocation' | 'suspension' | 'holder';

export interface VerificationCheck {
  check: CheckName;
  result: 'passed' | 'failed' | 'unknown';
  detail: string;
}

export interface VerificationReport {
  verdict: 'valid' | 'invalid' | 'indeterminate';
  checks: VerificationCheck[];
  issuer?: { id: string; municipality: string; name: string; country: string };
  credential?: { id: string; name: string; achievement: Record<string, unknown>; validFrom: string; validUntil?: string };
  recognisedHere?: { municipality: string; country: string; outcome: 'full' | 'conditional' | 'none'; target?: { name: string; occupation?: string; eqfLevel: number } };
}

export const recognition = {
  queue: (api: Api, page: number, stage?: QueueStage) =>
    api.get<Page<RecognitionRequestView>>('recognition', `/recognition-requests/queue?${new URLSearchParams({ page: String(page), pageSize: '20', ...(stage ? { stage } : {}) })}`),
  request: (api: Api, id: string) => api.get<RecognitionRequestView>('recognition', `/recognition-requests/${id}`),
  decide: (api: Api, id: string, input: DecisionInput) => api.send<RecognitionRequestView>('POST', 'recognition', `/recognition-requests/${id}/decision`, input),
  decideAppeal: (api: Api, id: string, input: DecisionInput) =>
    api.send<RecognitionRequestView>('POST', 'recognition', `/recognition-requests/${id}/appeal/decision`, input),
  verify: (api: Api, credential: string, holderCode?: string) =>
    api.send<VerificationReport>('POST', 'recognition', '/verifications', { credential, ...(holderCode ? { holderCode } : {}) }),
};
