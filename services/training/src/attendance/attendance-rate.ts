import type { AttendanceStatus } from '@tandem/contracts';

export interface AttendanceTally {
  present: number;
  absent: number;
  excused: number;
  /** present / (present + absent): an excused absence counts neither way; null before anything counts. */
  rate: number | null;
}

export function tally(statuses: readonly AttendanceStatus[]): AttendanceTally {
  const count = (status: AttendanceStatus) => statuses.filter((entry) => entry === status).length;
  const present = count('present');
  const absent = count('absent');
  const counted = present + absent;
  return { present, absent, excused: count('excused'), rate: counted === 0 ? null : round(present / counted) };
}

export interface DatedAttendance {
  /** `YYYY-MM-DD` */
  date: string;
  status: AttendanceStatus;
}

/** One tally per calendar month (`YYYY-MM`) that has sessions with attendance, in order. */
export function monthlyTallies(entries: readonly DatedAttendance[]): Array<{ month: string } & AttendanceTally> {
  const byMonth = new Map<string, AttendanceStatus[]>();
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), entry.status]);
  }
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, statuses]) => ({ month, ...tally(statuses) }));
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
