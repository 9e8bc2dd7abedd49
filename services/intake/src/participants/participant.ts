import type { ConsentPurpose, Gender, ShareableProfileField, StatusGroup } from '@tandem/contracts';

export { GENDERS, type Gender } from '@tandem/contracts';

/** Special-category data: stays on this node, never in an event or a log. */
export const PARTICIPANT_STATUSES = ['refugee', 'asylum_seeker', 'migrant', 'host_resident'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** The only form in which a status leaves intake: its group, for outcome figures (ADR 22). */
const STATUS_GROUPS: Record<ParticipantStatus, StatusGroup> = {
  refugee: 'refugee',
  asylum_seeker: 'refugee',
  migrant: 'migrant',
  host_resident: 'host',
};

export function statusGroupOf(status: ParticipantStatus): StatusGroup {
  return STATUS_GROUPS[status];
}

export const CONSENT_CHANNELS = ['in_person', 'paper', 'digital'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export interface LanguageSkill {
  code: string;
  level: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
}

export interface ParticipantProfile {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  gender: Gender;
  residenceMunicipality: string;
  status: ParticipantStatus;
  languages: LanguageSkill[];
}

export const CONSENT_GIVERS = ['participant', 'legal-representative'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** For each purpose, the profile fields it may carry to a recipient; a purpose not listed carries none. */
export type ConsentFields = Partial<Record<ConsentPurpose, ShareableProfileField[]>>;

/** A consent receipt in the shape of ISO/IEC TS 27560: purposes, data per purpose, recipients, who gave it, how, when. */
export interface Consent {
  id: string;
  participantId: string;
  purposes: ConsentPurpose[];
  fields: ConsentFields;
  /** Municipalities the data may go to; empty means any member of the federation. */
  recipients: string[];
  givenBy: ConsentGiver;
  noticeVersion: string;
  channel: ConsentChannel;
  givenAt: Date;
  recordedBy: string;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
}

export class ConsentAlreadyWithdrawnError extends Error {
  override readonly name = 'ConsentAlreadyWithdrawnError';
  constructor(readonly consentId: string) {
    super(`consent ${consentId} was already withdrawn`);
  }
}

export class BirthDateInFutureError extends Error {
  override readonly name = 'BirthDateInFutureError';
  constructor() {
    super('dateOfBirth lies in the future');
  }
}

export function checkProfile(profile: ParticipantProfile, now: Date): void {
  if (profile.dateOfBirth > now.toISOString().slice(0, 10)) throw new BirthDateInFutureError();
}

export type ConsentTerms = Pick<Consent, 'purposes' | 'noticeVersion' | 'channel' | 'givenBy'> &
  Partial<Pick<Consent, 'fields' | 'recipients'>>;

export function grantConsent(participantId: string, terms: ConsentTerms, context: { id: string; actor: string; now: Date }): Consent {
  return {
    id: context.id,
    participantId,
    purposes: [...new Set(terms.purposes)],
    fields: terms.fields ?? {},
    recipients: [...new Set(terms.recipients ?? [])],
    givenBy: terms.givenBy,
    noticeVersion: terms.noticeVersion,
    channel: terms.channel,
    givenAt: context.now,
    recordedBy: context.actor,
    withdrawnAt: null,
    withdrawnBy: null,
  };
}

export function withdrawConsent(consent: Consent, context: { actor: string; now: Date }): Consent {
  if (consent.withdrawnAt) throw new ConsentAlreadyWithdrawnError(consent.id);
  return { ...consent, withdrawnAt: context.now, withdrawnBy: context.actor };
}

/** The newest consent in force that covers sharing for `purpose` with `recipient`; none means no sharing (fail closed). */
export function coveringConsent<C extends Consent>(consents: C[], purpose: ConsentPurpose, recipient: string): C | undefined {
  return consents
    .filter((consent) => !consent.withdrawnAt && consent.purposes.includes(purpose))
    .filter((consent) => consent.recipients.length === 0 || consent.recipients.includes(recipient))
    .sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime())[0];
}
