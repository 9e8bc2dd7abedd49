export const ENROLLMENT_STATUSES = ['waitlisted', 'enrolled', 'completed', 'dropped'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export class EnrollmentStateError extends Error {
  override readonly name = 'EnrollmentStateError';
}

/** Enrolled and completed trainees hold a place; a waitlisted or dropped one does not. */
export function holdsPlace(status: EnrollmentStatus): boolean {
  return status === 'enrolled' || status === 'completed';
}

/** A newcomer gets a place while the cohort has one free, and waits in line otherwise. */
export function placeFor(taken: number, capacity: number): 'enrolled' | 'waitlisted' {
  return taken < capacity ? 'enrolled' : 'waitlisted';
}

export interface InLine {
  id: string;
  requestedAt: Date;
}

/** First come, first served; the id breaks a tie so every reader picks the same one. */
export function nextInLine<T extends InLine>(waitlist: readonly T[]): T | undefined {
  return [...waitlist].sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime() || a.id.localeCompare(b.id))[0];
}

/** Dropping ends a live enrollment; only an enrolled trainee's drop frees a place for the next in line. */
export function decideDrop(status: EnrollmentStatus): { freesPlace: boolean } {
  if (status === 'dropped' || status === 'completed') throw new EnrollmentStateError(`a ${status} enrollment cannot be dropped`);
  return { freesPlace: status === 'enrolled' };
}

/** Attendance and assessments are recorded only for trainees who hold a place and are still learning. */
export function assertLearning(status: EnrollmentStatus): void {
  if (status !== 'enrolled') throw new EnrollmentStateError(`the enrollment is ${status}, not enrolled`);
}

/** The trainee named is neither a participant of this node nor a referral it accepted. */
export class UnknownTraineeError extends Error {
  override readonly name = 'UnknownTraineeError';
}
