import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { SessionEntity } from '../cohorts/session.entity';
import { TRAINING_DELIVERY } from '../training-access';

export interface SessionRegisterRow {
  enrollmentId: string;
  displayName: string | null;
  status: string;
  recordedBy: string;
  recordedAt: string;
}

/** A session's register as recorded; each trainee on it is audited as read. */
@Injectable()
export class ReadAttendance {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  ofSession(sessionId: string, actor: Principal): Promise<SessionRegisterRow[]> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(SessionEntity, { id: sessionId }))) throw new NotFoundException(`session ${sessionId} not found`);
      const rows: Array<{ enrollment_id: string; display_name: string | null; status: string; recorded_by: string; recorded_at: Date }> =
        await manager.query(
          `SELECT a.enrollment_id, e.display_name, a.status, a.recorded_by, a.recorded_at
           FROM attendance a JOIN enrollments e ON e.id = a.enrollment_id
           WHERE a.session_id = $1 ORDER BY e.display_name NULLS LAST, a.enrollment_id`,
          [sessionId],
        );
      for (const row of rows) {
        await this.audit.record(manager, { actor, action: 'read-attendance', resourceType: 'enrollment', resourceId: row.enrollment_id, purpose: TRAINING_DELIVERY });
      }
      return rows.map((row) => ({
        enrollmentId: row.enrollment_id,
        displayName: row.display_name,
        status: row.status,
        recordedBy: row.recorded_by,
        recordedAt: row.recorded_at.toISOString(),
      }));
    });
  }
}
