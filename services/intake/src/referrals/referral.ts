import { type ConsentPurpose, PROGRESS_STEPS, type ShareableProfileField } from '@tandem/contracts';

/** In the order a referral moves through them, endings last: a status never moves back in this list. */
export const REFERRAL_STATUSES = ['sent', 'received', 'accepted', 'in-training', 'completed', 'dropped', 'declined', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * What both caseworkers see, in the order it happens; the same list on both nodes. The training and
 * credential steps reach only the referring node, from the partner's training and recognition services.
 */
export const TIMELINE_STEPS = [
  'sent',
  'received',
  'accepted',
  'declined',
  ...PROGRESS_STEPS,
  'credential-issued',
  'credential-revoked',
  'withdrawn',
  'consent-withdrawn',
  'data-erased',
] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];

/** A credential the partner issued to the trainee; the signed credential only on `credential-issued`. */
export interface CredentialDetail {
  id: string;
  code: string;
  title?: string;
  validUntil?: string;
  jws?: string;
}

/** What a step carries beyond its reason code: the module for `module-completed`, the credential for the credential steps. */
export interface StepDetail {
  module?: { code: string; title: string };
  credential?: CredentialDetail;
}

export const DIRECTIONS = ['outbound', 'inbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The permission to send a referral without a covering consent. */
export const OVERRIDE_ROLE = 'admin';

/** Shared when a permitted user overrides missing consent: just enough for the other node to identify the person. */
export const OVERRIDE_FIELDS: readonly ShareableProfileField[] = ['givenName', 'familyName', 'languages'];

export class ReferralStateError extends Error {
  override readonly name = 'ReferralStateError';
}

export class ReferralNotCoveredError extends Error {
  override readonly name = 'ReferralNotCoveredError';
  constructor(participantId: string, destination: string) {
    super(
      `no consent of participant ${participantId} in force covers cross-border-referral to ${destination}; ` +
        'record one first, or override with its own permission',
    );
  }
}

interface Responding {
  direction: Direction;
  status: ReferralStatus;
}

/** Only the receiving node answers a referral, and only once. */
export function decideResponse(referral: Responding, answer: 'accepted' | 'declined'): ReferralStatus {
  if (referral.direction !== 'inbound') throw new ReferralStateError('only the receiving node accepts or declines a referral');
  if (referral.status !== 'received') throw new ReferralStateError(`a ${referral.status} referral cannot be ${answer}`);
  return answer;
}

/** Either node may withdraw while the referral is still open, training included; not once it has ended. */
export function decideWithdrawal(referral: Responding): ReferralStatus {
  if (!['sent', 'received', 'accepted', 'in-training'].includes(referral.status)) {
    throw new ReferralStateError(`a ${referral.status} referral cannot be withdrawn`);
  }
  return 'withdrawn';
}

interface SentUnder {
  legalBasis: 'consent' | 'override';
  consentPurposes: ConsentPurpose[] | null;
}

/** Whether the consent a referral was sent under names `purpose`; an override never carries any. */
function consentCovers(referral: SentUnder, purpose: ConsentPurpose): boolean {
  return referral.legalBasis === 'consent' && !!referral.consentPurposes?.includes(purpose);
}

/** Progress may go back to the referring node only under a consent that names that purpose. */
export function sharesProgress(referral: SentUnder): boolean {
  return consentCovers(referral, 'progress-sharing');
}

/** The trainee may be put before this node's employers (pseudonymised first) only under a consent that names it. */
export function sharesWithEmployers(referral: SentUnder): boolean {
  return consentCovers(referral, 'employer-sharing');
}

/** The status a partner's step leads to; the others (waitlisted, module-completed, data-erased) keep the status. */
const STATUS_AFTER: Partial<Record<TimelineStep, ReferralStatus>> = {
  received: 'received',
  accepted: 'accepted',
  declined: 'declined',
  enrolled: 'in-training',
  completed: 'completed',
  dropped: 'dropped',
  withdrawn: 'withdrawn',
  'consent-withdrawn': 'withdrawn',
};

/**
 * The status after a step the partner node took. Steps may cross on the way (one side withdraws
 * while the other accepts; training's progress overtakes intake's answer), so the rule must give
 * the same result in any order: the status only moves forward in REFERRAL_STATUSES, so a
 * withdrawal always wins and nothing changes a withdrawn referral.
 */
export function statusAfterPartnerStep(current: ReferralStatus, step: TimelineStep): ReferralStatus {
  const next = STATUS_AFTER[step];
  if (!next) return current;
  return REFERRAL_STATUSES.indexOf(next) > REFERRAL_STATUSES.indexOf(current) ? next : current;
}

export interface StepRecord {
  step: TimelineStep;
  at: Date;
}

/** Timeline order: by time, then by the order steps can happen in, so equal times sort the same on both nodes. */
export function timelineOrder(a: StepRecord, b: StepRecord): number {
  return a.at.getTime() - b.at.getTime() || TIMELINE_STEPS.indexOf(a.step) - TIMELINE_STEPS.indexOf(b.step);
}
