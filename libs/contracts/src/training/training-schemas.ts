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

/** One referred trainee at one session: what crosses to the home node and what its intake passes on. */
export const ReferredSessionAttendance = {
  referralId: Uuid,
  sessionId: Uuid,
  date: Type.String({ format: 'date' }),
  status: AttendanceStatusSchema,
  recordedAt: Type.String({ format: 'date-time' }),
};

export const REFERRED_SESSION_ATTENDANCE_EXAMPLE = {
  referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01',
  sessionId: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910',
  date: '2026-12-02',
  status: 'present' as const,
  recordedAt: '2026-12-02T20:45:00.000Z',
};
