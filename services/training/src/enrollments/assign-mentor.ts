import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { findCohortOr404 } from '../cohorts/find-cohort';
import { TRAINING_DELIVERY } from '../training-access';
import { findEnrollmentOr404 } from './enrollment-access';
import { EnrollmentEntity } from './enrollment.entity';

/** Pairs a trainee with one of the cohort's mentors. */
@Injectable()
export class AssignMentor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, mentor: string, actor: Principal): Promise<EnrollmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const enrollment = await findEnrollmentOr404(manager, id, { actor, lock: true });
      const cohort = await findCohortOr404(manager, enrollment.cohortId, { lock: false });
      if (!cohort.mentors.includes(mentor)) {
        throw invalidInput({ mentor: [`${mentor} is not a mentor of cohort ${cohort.id}`] });
      }
      enrollment.mentor = mentor;
      enrollment.updatedAt = this.clock();
      await manager.save(EnrollmentEntity, enrollment);
      await this.audit.record(manager, { actor, action: 'assign-mentor', resourceType: 'enrollment', resourceId: id, purpose: TRAINING_DELIVERY });
      return enrollment;
    });
  }
}
