import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { tallyAttendance } from '@tandem/contracts';
import { monthlyTallies } from '../attendance/attendance-rate';
import { findCohortOr404 } from '../cohorts/find-cohort';
import { TRAINING_DELIVERY } from '../training-access';
import { EnrollmentProgressView, EnrollmentView } from './dto/enrollment.view';
import { findEnrollmentOr404, mayRead, purposeOf } from './enrollment-access';
import { EnrollmentEntity } from './enrollment.entity';
import { loadProgress } from './enrollment-progress';

export type TraineeFilter = { participantId: string } | { referralId: string };

/** Every enrollment a caller sees is audited as read, one row each, in the transaction that read it. */
@Injectable()
export class ReadEnrollments {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  one(id: string, actor: Principal): Promise<EnrollmentProgressView> {
    return this.dataSource.transaction(async (manager) => {
      const enrollment = await findEnrollmentOr404(manager, id, { actor, lock: false });
      const progress = await loadProgress(manager, enrollment);
      await this.audited(manager, actor, enrollment, purposeOf(actor));
      return {
        ...EnrollmentView.of(enrollment),
        modulesCompleted: progress.modulesCompleted,
        modulesRequired: progress.requiredModuleIds.length,
        attendance: tallyAttendance(progress.attendance.map((entry) => entry.status)),
        attendanceByMonth: monthlyTallies(progress.attendance),
      };
    });
  }

  /** A trainee's enrollments in any cohort, as far as the caller may see them; someone else's case reads as none. */
  ofTrainee(filter: TraineeFilter, actor: Principal): Promise<EnrollmentView[]> {
    return this.dataSource.transaction((manager) => this.visible(manager, actor, filter));
  }

  /** A cohort's roster, waitlist included, in the order places were asked for. */
  roster(cohortId: string, actor: Principal): Promise<EnrollmentView[]> {
    return this.dataSource.transaction(async (manager) => {
      await findCohortOr404(manager, cohortId, { lock: false });
      return this.visible(manager, actor, { cohortId }, TRAINING_DELIVERY);
    });
  }

  private async visible(
    manager: EntityManager,
    actor: Principal,
    where: FindOptionsWhere<EnrollmentEntity>,
    purpose = purposeOf(actor),
  ): Promise<EnrollmentView[]> {
    const enrollments = await manager.find(EnrollmentEntity, { where, order: { requestedAt: 'ASC', id: 'ASC' }, take: 500 });
    const views: EnrollmentView[] = [];
    for (const enrollment of enrollments) {
      if (!(await mayRead(manager, actor, enrollment))) continue;
      await this.audited(manager, actor, enrollment, purpose);
      views.push(EnrollmentView.of(enrollment));
    }
    return views;
  }

  private audited(manager: EntityManager, actor: Principal, enrollment: EnrollmentEntity, purpose: string): Promise<void> {
    return this.audit.record(manager, { actor, action: 'read', resourceType: 'enrollment', resourceId: enrollment.id, purpose });
  }
}
