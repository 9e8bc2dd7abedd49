import { Type } from '@sinclair/typebox';
import { MunicipalityId } from '../common-schemas';

export const Uuid = Type.String({ format: 'uuid' });

/**
 * Who is enrolled, by reference only: a participant of this node, or a referral from a partner node
 * (whose participant id never leaves home). Names stay in the training database.
 */
export const TraineeRef = Type.Object({
  participantId: Type.Optional(Uuid),
  referralId: Type.Optional(Uuid),
  homeMunicipality: MunicipalityId,
});

/**
 * Why a trainee left. Coarse on purpose: health, pregnancy or legal trouble are `personal-reasons`,
 * so a reason code can never reveal special-category data.
 */
export const DROP_REASONS = [
  'found-employment',
  'moved-away',
  'family-obligations',
  'schedule-conflict',
  'program-unsuitable',
  'personal-reasons',
  'no-show',
  'other',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];
export const DropReasonSchema = Type.Union(DROP_REASONS.map((reason) => Type.Literal(reason)));

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const AttendanceStatusSchema = Type.Union(ATTENDANCE_STATUSES.map((status) => Type.Literal(status)));

/** What every enrollment event says about where it belongs. */
export const EnrollmentIds = {
  enrollmentId: Uuid,
  cohortId: Uuid,
  programId: Uuid,
  trainee: TraineeRef,
};
