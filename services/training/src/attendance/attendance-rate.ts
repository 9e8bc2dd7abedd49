import { type AttendanceStatus, type AttendanceTally, tallyAttendance } from '@tandem/contracts';

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
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, statuses]) => ({ month, ...tallyAttendance(statuses) }));
}
