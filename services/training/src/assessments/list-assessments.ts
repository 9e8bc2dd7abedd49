import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { findEnrollmentOr404, purposeOf } from '../enrollments/enrollment-access';
import { AssessmentEntity } from './assessment.entity';

@Injectable()
export class ListAssessments {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  execute(enrollmentId: string, actor: Principal): Promise<AssessmentEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      await findEnrollmentOr404(manager, enrollmentId, { actor, lock: false });
      await this.audit.record(manager, { actor, action: 'read-assessments', resourceType: 'enrollment', resourceId: enrollmentId, purpose: purposeOf(actor) });
      return manager.find(AssessmentEntity, { where: { enrollmentId }, order: { assessedOn: 'ASC', recordedAt: 'ASC' } });
    });
  }
}
