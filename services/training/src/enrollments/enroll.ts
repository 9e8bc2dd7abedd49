import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditLog, caseworkerOf, CLOCK, type Clock, type Principal, ServiceConfig } from '@tandem/platform';
import { ProgramEntity } from '../catalog/program.entity';
import type { CohortEntity } from '../cohorts/cohort.entity';
import { findCohortOr404 } from '../cohorts/find-cohort';
import { AcceptedReferralEntity } from '../intake-events/accepted-referral.entity';
import { TRAINING_DELIVERY } from '../training-access';
import { EnrollmentStateError, placeFor, UnknownTraineeError } from './enrollment';
import { EnrollmentEntity } from './enrollment.entity';
import { TrainingEvents } from './training-events';

/** A participant of this node, or a referral from a partner node that this node accepted. */
export type EnrollRequest = { participantId: string; displayName: string } | { referralId: string };

type Trainee = Pick<EnrollmentEntity, 'participantId' | 'referralId' | 'homeMunicipality' | 'displayName'>;

@Injectable()
export class Enroll {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: TrainingEvents,
    private readonly audit: AuditLog,
    private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The cohort row is locked, so two enrollments never take the same last place. */
  execute(cohortId: string, request: EnrollRequest, actor: Principal): Promise<EnrollmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await findCohortOr404(manager, cohortId, { lock: true });
      const program = await manager.findOneByOrFail(ProgramEntity, { id: cohort.programId });
      if (program.status !== 'open') throw new EnrollmentStateError(`program ${program.id} is ${program.status}; only an open program enrolls`);
      const trainee = await this.trainee(manager, request);
      await assertNotEnrolled(manager, cohort, trainee);
      const now = this.clock();
      const taken = await manager.countBy(EnrollmentEntity, { cohortId, status: In(['enrolled', 'completed']) });
      const status = placeFor(taken, cohort.capacity);
      const enrollment = manager.create(EnrollmentEntity, {
        ...trainee,
        id: randomUUID(),
        cohortId,
        status,
        mentor: null,
        requestedAt: now,
        enrolledAt: status === 'enrolled' ? now : null,
        completedOn: null,
        droppedAt: null,
        dropReason: null,
        updatedAt: now,
      });
      await manager.insert(EnrollmentEntity, enrollment);
      if (status === 'enrolled') {
        await this.events.confirmed(manager, enrollment, cohort, now, false);
      } else {
        const position = await manager.countBy(EnrollmentEntity, { cohortId, status: 'waitlisted' });
        await this.events.waitlisted(manager, enrollment, cohort, now, position);
      }
      await this.audit.record(manager, { actor, action: 'enroll', resourceType: 'enrollment', resourceId: enrollment.id, purpose: TRAINING_DELIVERY });
      return enrollment;
    });
  }

  private async trainee(manager: EntityManager, request: EnrollRequest): Promise<Trainee> {
    if ('participantId' in request) {
      // Intake announces every participant it registers with their case; others are not ours to enroll.
      if (!(await caseworkerOf(manager, request.participantId))) {
        throw new UnknownTraineeError(`participant ${request.participantId} is not registered on this node`);
      }
      return { participantId: request.participantId, referralId: null, homeMunicipality: this.config.MUNICIPALITY_ID, displayName: request.displayName };
    }
    const referral = await manager.findOne(AcceptedReferralEntity, { where: { referralId: request.referralId }, lock: { mode: 'pessimistic_read' } });
    if (!referral) throw new UnknownTraineeError(`referral ${request.referralId} was not accepted by this node`);
    if (referral.endedAt) throw new EnrollmentStateError(`referral ${request.referralId} has ended (${referral.endReason})`);
    const displayName = [referral.givenName, referral.familyName].filter(Boolean).join(' ') || null;
    return { participantId: null, referralId: referral.referralId, homeMunicipality: referral.fromMunicipality, displayName };
  }
}

async function assertNotEnrolled(manager: EntityManager, cohort: CohortEntity, trainee: Trainee): Promise<void> {
  const who = { participantId: trainee.participantId ?? IsNull(), referralId: trainee.referralId ?? IsNull() };
  if (await manager.existsBy(EnrollmentEntity, { cohortId: cohort.id, status: Not('dropped'), ...who })) {
    throw new EnrollmentStateError(`the trainee already holds a place or waits in cohort ${cohort.id}`);
  }
}
