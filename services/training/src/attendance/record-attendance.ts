import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { type AttendanceStatus, AttendanceRecordedV1 } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { SettleCompletion } from '../assessments/settle-completion';
import { findCohortOr404 } from '../cohorts/find-cohort';
import { SessionEntity } from '../cohorts/session.entity';
import { EnrollmentStateError } from '../enrollments/enrollment';
import { EnrollmentEntity } from '../enrollments/enrollment.entity';
import { TrainingEvents, traineeRef } from '../enrollments/training-events';
import { TRAINING_DELIVERY } from '../training-access';
import { AttendanceEntity } from './attendance.entity';

export interface AttendanceEntry {
  enrollmentId: string;
  status: AttendanceStatus;
}

/**
 * A session's register in one go: every entry is checked first, so a batch is recorded whole or
 * not at all; an entry for a trainee already recorded replaces the earlier one.
 */
@Injectable()
export class RecordAttendance {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly events: TrainingEvents,
    private readonly settleCompletion: SettleCompletion,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(sessionId: string, entries: AttendanceEntry[], actor: Principal): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.findOneBy(SessionEntity, { id: sessionId });
      if (!session) throw new NotFoundException(`session ${sessionId} not found`);
      const now = this.clock();
      if (session.date > now.toISOString().slice(0, 10)) throw new EnrollmentStateError(`session ${sessionId} on ${session.date} has not taken place yet`);
      const cohort = await findCohortOr404(manager, session.cohortId, { lock: false });
      const ids = entries.map((entry) => entry.enrollmentId);
      // Locked in id order, so two registers touching the same trainees never deadlock.
      const enrollments = await manager.find(EnrollmentEntity, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const register = checkRegister(entries, enrollments, session.cohortId);
      const rows = entries.map((entry) => ({ sessionId, ...entry, recordedBy: actor.subject, recordedAt: now }));
      await manager.upsert(AttendanceEntity, rows, ['sessionId', 'enrollmentId']);
      await this.outbox.add(manager, {
        contract: AttendanceRecordedV1,
        subject: sessionId,
        data: {
          sessionId,
          cohortId: cohort.id,
          programId: cohort.programId,
          date: session.date,
          recordedAt: now.toISOString(),
          records: register.map(({ enrollment, status }) => ({ enrollmentId: enrollment.id, status, trainee: traineeRef(enrollment) })),
        },
      });
      for (const { enrollment, status } of register) {
        await this.audit.record(manager, { actor, action: 'record-attendance', resourceType: 'enrollment', resourceId: enrollment.id, purpose: TRAINING_DELIVERY });
        await this.events.attended(manager, enrollment, session, status, now);
        await this.settleCompletion.execute(manager, enrollment, now);
      }
    });
  }
}

/** Each entry with its enrollment; a 400 names every entry that repeats one or is not an enrolled trainee of the cohort. */
function checkRegister(entries: AttendanceEntry[], enrollments: EnrollmentEntity[], cohortId: string) {
  const byId = new Map(enrollments.map((enrollment) => [enrollment.id, enrollment]));
  const ids = entries.map((entry) => entry.enrollmentId);
  const problems: Record<string, string[]> = {};
  const register = entries.flatMap(({ enrollmentId, status }, index) => {
    const enrollment = byId.get(enrollmentId);
    const field = `records.${index}.enrollmentId`;
    if (ids.indexOf(enrollmentId) !== index) problems[field] = ['appears twice in the batch'];
    else if (enrollment?.cohortId !== cohortId) problems[field] = ["is not an enrollment of this session's cohort"];
    else if (enrollment.status !== 'enrolled') problems[field] = [`is ${enrollment.status}, not enrolled`];
    else return [{ enrollment, status }];
    return [];
  });
  if (Object.keys(problems).length > 0) throw invalidInput(problems);
  return register;
}
