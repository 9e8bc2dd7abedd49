import type { EventContract } from './event-contract';
import { ConsentGrantedV1 } from './intake/consent-granted.v1';
import { ConsentWithdrawnV1 } from './intake/consent-withdrawn.v1';
import { CaseAssignedV1 } from './intake/case-assigned.v1';
import { InboundReferralAcceptedV1, InboundReferralEndedV1 } from './intake/referral/inbound-referral.v1';
import { ParticipantRegisteredV1 } from './intake/participant-registered.v1';
import { ParticipantDemographicsV1 } from './intake/participant-demographics.v1';
import { ParticipantGroupV1 } from './intake/participant-group.v1';
import { ReferralSentV1 } from './intake/referral/referral-sent.v1';
import {
  ReferralAcceptedV1,
  ReferralConsentWithdrawnV1,
  ReferralDataErasedV1,
  ReferralDeclinedV1,
  ReferralReceivedV1,
  ReferralWithdrawnV1,
} from './intake/referral/referral-steps.v1';
import {
  EnrollmentConfirmedV1,
  EnrollmentWaitlistedV1,
  ModuleCompletedV1,
  TrainingCompletedV1,
  TrainingDroppedV1,
} from './training/enrollment-events.v1';
import { AttendanceRecordedV1 } from './training/attendance-recorded.v1';
import { ReferralProgressV1 } from './training/referral-progress.v1';
import { ReferralAttendanceV1 } from './training/referral-attendance.v1';
import { SurveyAnsweredV1 } from './training/survey-answered.v1';
import { RegionalFiguresV1 } from './outcomes/regional-figures.v1';
import { ReferredAttendanceRecordedV1 } from './intake/referral/referred-attendance.v1';
import { StipendCalculatedV1, SupportDeliveredV1, SupportEndedV1, SupportGrantedV1 } from './support/support-events.v1';
import { PlacementEndedV1, PlacementStartedV1, RetentionRecordedV1, WageRecordedV1 } from './placement/placement-events.v1';
import {
  PublicPlacementEndedV1,
  PublicPlacementStartedV1,
  PublicRetentionRecordedV1,
  PublicWageRecordedV1,
} from './placement/public-events.v1';
import { CredentialIssuedV1, CredentialRevokedV1, CredentialSuspensionChangedV1 } from './recognition/credential-events.v1';
import { AppealDecidedV1, RecognitionDecidedV1 } from './recognition/recognition-events.v1';
import { ReferralCredentialIssuedV1, ReferralCredentialRevokedV1 } from './recognition/referral-credential.v1';

export * from './event-contract';
export * from './cloud-event';
export * from './contract-registry';
export * from './common-schemas';
export * from './intake/referral/referral-schemas';
export { ParticipantRegisteredV1, ConsentGrantedV1, ConsentWithdrawnV1, CaseAssignedV1 };
export * from './intake/participant-demographics.v1';
export * from './intake/participant-group.v1';
export * from './intake/referral/referral-sent.v1';
export * from './intake/referral/referral-steps.v1';
export * from './intake/referral/inbound-referral.v1';
export * from './training/training-schemas';
export * from './training/enrollment-events.v1';
export * from './training/attendance-recorded.v1';
export * from './training/referral-progress.v1';
export * from './training/referral-attendance.v1';
export * from './training/attendance-tally';
export * from './training/survey-answered.v1';
export * from './outcomes/regional-figures.v1';
export * from './intake/referral/referred-attendance.v1';
export * from './support/support-schemas';
export * from './support/support-events.v1';
export * from './placement/placement-schemas';
export * from './placement/placement-events.v1';
export * from './placement/public-events.v1';
export * from './recognition/credential-events.v1';
export * from './recognition/recognition-events.v1';
export * from './recognition/referral-credential.v1';

/** The referral conversation between two nodes' intake services, over their exchange inboxes. */
export const REFERRAL_EXCHANGE_CONTRACTS: readonly EventContract[] = [
  ReferralSentV1,
  ReferralReceivedV1,
  ReferralAcceptedV1,
  ReferralDeclinedV1,
  ReferralWithdrawnV1,
  ReferralConsentWithdrawnV1,
  ReferralDataErasedV1,
];

/** The training service's node-local events: enrollment steps and attendance. */
export const TRAINING_CONTRACTS: readonly EventContract[] = [
  EnrollmentConfirmedV1,
  EnrollmentWaitlistedV1,
  AttendanceRecordedV1,
  ModuleCompletedV1,
  TrainingCompletedV1,
  TrainingDroppedV1,
];

/** The trainees' satisfaction surveys, on a topic of their own: only the outcome figures read them. */
export const TRAINING_SURVEY_CONTRACTS: readonly EventContract[] = [SurveyAnsweredV1];

/** The support service's node-local events: type, period, amounts and ids, never reasons or notes. */
export const SUPPORT_CONTRACTS: readonly EventContract[] = [SupportGrantedV1, SupportDeliveredV1, SupportEndedV1, StipendCalculatedV1];

/** The placement service's node-local events: ids, dates, codes and wages. */
export const PLACEMENT_CONTRACTS: readonly EventContract[] = [PlacementStartedV1, PlacementEndedV1, RetentionRecordedV1, WageRecordedV1];

/** The placement events integrators may read, pseudonymised, on `<municipality>.placement.public.v1` and by webhook. */
export const PUBLIC_PLACEMENT_CONTRACTS: readonly EventContract[] = [
  PublicPlacementStartedV1,
  PublicPlacementEndedV1,
  PublicRetentionRecordedV1,
  PublicWageRecordedV1,
];

/** The recognition service's node-local events: ids, codes, dates and outcomes, never a credential's content or a reason given. */
export const RECOGNITION_CONTRACTS: readonly EventContract[] = [
  CredentialIssuedV1,
  CredentialRevokedV1,
  CredentialSuspensionChangedV1,
  RecognitionDecidedV1,
  AppealDecidedV1,
];

/** Every event type Tandem publishes; the AsyncAPI catalog and the registries are built from this list. */
export const ALL_CONTRACTS: readonly EventContract[] = [
  ParticipantRegisteredV1,
  ParticipantDemographicsV1,
  ParticipantGroupV1,
  ConsentGrantedV1,
  ConsentWithdrawnV1,
  CaseAssignedV1,
  ...REFERRAL_EXCHANGE_CONTRACTS,
  InboundReferralAcceptedV1,
  InboundReferralEndedV1,
  ReferredAttendanceRecordedV1,
  ...TRAINING_CONTRACTS,
  ReferralProgressV1,
  ReferralAttendanceV1,
  ...SUPPORT_CONTRACTS,
  ...PLACEMENT_CONTRACTS,
  ...PUBLIC_PLACEMENT_CONTRACTS,
  ...RECOGNITION_CONTRACTS,
  ReferralCredentialIssuedV1,
  ReferralCredentialRevokedV1,
  ...TRAINING_SURVEY_CONTRACTS,
  RegionalFiguresV1,
];
export { renderEventCatalog } from './event-catalog';
