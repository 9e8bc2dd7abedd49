import type { EntityManager } from 'typeorm';
import type { AttendanceStatus } from '@tandem/contracts';
import type { DatedAttendance } from '../attendance/attendance-rate';

export interface EnrollmentProgress {
  /** Passed modules, in the order they were completed. */
  modulesCompleted: Array<{ moduleId: string; code: string; completedOn: string }>;
  requiredModuleIds: string[];
  /** Every recorded attendance of the trainee, by session date. */
  attendance: DatedAttendance[];
}

/** Where a trainee stands: what completion is judged on, and what a reader of the enrollment sees. */
export async function loadProgress(manager: EntityManager, enrollment: { id: string; cohortId: string }): Promise<EnrollmentProgress> {
  const completed: Array<{ module_id: string; code: string; completed_on: string }> = await manager.query(
    `SELECT c.module_id, m.code, to_char(c.completed_on, 'YYYY-MM-DD') AS completed_on
     FROM module_completions c JOIN modules m ON m.id = c.module_id
     WHERE c.enrollment_id = $1 ORDER BY c.completed_on, m.code`,
    [enrollment.id],
  );
  const required: Array<{ module_id: string }> = await manager.query(
    `SELECT pm.module_id FROM program_modules pm JOIN cohorts c ON c.program_id = pm.program_id
     WHERE c.id = $1 AND pm.required ORDER BY pm.position`,
    [enrollment.cohortId],
  );
  const attendance: Array<{ date: string; status: AttendanceStatus }> = await manager.query(
    `SELECT to_char(s.date, 'YYYY-MM-DD') AS date, a.status
     FROM attendance a JOIN sessions s ON s.id = a.session_id
     WHERE a.enrollment_id = $1 ORDER BY s.date, s.starts_at`,
    [enrollment.id],
  );
  return {
    modulesCompleted: completed.map((row) => ({ moduleId: row.module_id, code: row.code, completedOn: row.completed_on })),
    requiredModuleIds: required.map((row) => row.module_id),
    attendance,
  };
}
