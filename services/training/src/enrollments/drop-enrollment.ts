import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DropReason } from '@tandem/contracts';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import type { CohortEntity } from '../cohorts/cohort.entity';
import { findCohortOr404 } from '../cohorts/find-cohort';
import { TRAINING_DELIVERY } from '../training-access';
import { decideDrop, nextInLine } from './enrollment';
import { findEnrollmentOr404 } from './enrollment-access';
import { EnrollmentEntity } from './enrollment.entity';
import { TrainingEvents } from './training-events';

/** A trainee leaves; the place they held goes to the first in line, in the same transaction. */
@Injectable()
export class DropEnrollment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: TrainingEvents,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, reason: DropReason, actor: Principal): Promise<EnrollmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const peek = await findEnrollmentOr404(manager, id, { actor, lock: false });
      // Cohort first, then the enrollment: the order Enroll takes its locks in, so the two never deadlock.
      const cohort = await findCohortOr404(manager, peek.cohortId, { lock: true });
      const enrollment = await findEnrollmentOr404(manager, id, { actor, lock: true });
      const { freesPlace } = decideDrop(enrollment.status);
      const now = this.clock();
      Object.assign(enrollment, { status: 'dropped', droppedAt: now, dropReason: reason, updatedAt: now });
      await manager.save(EnrollmentEntity, enrollment);
      await this.events.dropped(manager, enrollment, cohort, now, reason);
      await this.audit.record(manager, { actor, action: 'drop', resourceType: 'enrollment', resourceId: id, purpose: TRAINING_DELIVERY });
      if (freesPlace) await this.promoteNext(manager, cohort, now, actor);
      return enrollment;
    });
  }

  private async promoteNext(manager: EntityManager, cohort: CohortEntity, now: Date, actor: Principal): Promise<void> {
    const next = nextInLine(await manager.findBy(EnrollmentEntity, { cohortId: cohort.id, status: 'waitlisted' }));
    if (!next) return;
    Object.assign(next, { status: 'enrolled', enrolledAt: now, updatedAt: now });
    await manager.save(EnrollmentEntity, next);
    await this.events.confirmed(manager, next, cohort, now, true);
    await this.audit.record(manager, { actor, action: 'promote', resourceType: 'enrollment', resourceId: next.id, purpose: TRAINING_DELIVERY });
  }
}
