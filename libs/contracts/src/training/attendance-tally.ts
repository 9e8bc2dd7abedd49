import type { AttendanceStatus } from './training-schemas';

export interface AttendanceTally {
  present: number;
  absent: number;
  excused: number;
  /** present / (present + absent), to four decimals: an excused absence counts neither way; null before anything counts. */
  rate: number | null;
}

/**
 * What an attendance rate means, the same wherever it is judged: training's completion threshold
 * and a home node's stipend rule must agree on it, so it travels with the attendance contracts.
 */
export function tallyAttendance(statuses: readonly AttendanceStatus[]): AttendanceTally {
  const count = (status: AttendanceStatus) => statuses.filter((entry) => entry === status).length;
  const present = count('present');
  const absent = count('absent');
  const counted = present + absent;
  return { present, absent, excused: count('excused'), rate: counted === 0 ? null : Math.round((present / counted) * 10_000) / 10_000 };
}
