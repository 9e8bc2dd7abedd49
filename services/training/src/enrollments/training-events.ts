import { Injectable } from '@nestjs/common';
import type { Static, TSchema } from '@sinclair/typebox';
import type { EntityManager } from 'typeorm';
import {
  type AttendanceStatus,
  type DropReason,
  EnrollmentConfirmedV1,
  EnrollmentWaitlistedV1,
  type EventContract,
  ModuleCompletedV1,
  type ProgressStep,
  ReferralAttendanceV1,
  ReferralProgressV1,
  TrainingCompletedV1,
  TrainingDroppedV1,
} from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { CrossBorder } from '@tandem/platform';
import { AcceptedReferralEntity } from '../intake-events/accepted-referral.entity';
import type { EnrollmentEntity } from './enrollment.entity';

/** A trainee as events name them; the enrollment holds exactly one of the two ids. */
export interface TraineeRef {
  participantId?: string;
  referralId?: string;
  homeMunicipality: string;
}

/** The cohort facts every enrollment event names. */
export interface CohortRef {
  id: string;
  programId: string;
}

export interface CompletedModule {
  id: string;
  code: string;
  /** The title the referring node's caseworker reads. */
  title: string;
  completedOn: string;
  /** ESCO skills of its learning outcomes, each once: what placement matches against vacancies. */
  skills: string[];
}

/** A session as the referring node learns of it: no cohort, room or trainer. */
export interface SessionRef {
  id: string;
  date: string;
}

/**
 * Each step of an enrollment as a node-local event, and, for a referred trainee whose consent allows
 * it, as signed progress to the referring node, with their attendance too; all in the caller's transaction.
 */
@Injectable()
export class TrainingEvents {
  constructor(
    private readonly outbox: Outbox,
    private readonly crossBorder: CrossBorder,
  ) {}

  async confirmed(manager: EntityManager, enrollment: EnrollmentEntity, cohort: CohortRef, at: Date, fromWaitlist: boolean): Promise<void> {
    const data = { ...idsOf(enrollment, cohort), confirmedAt: at.toISOString(), fromWaitlist };
    await this.outbox.add(manager, { contract: EnrollmentConfirmedV1, subject: enrollment.id, data });
    await this.progress(manager, enrollment, 'enrolled', at);
  }

  async waitlisted(manager: EntityManager, enrollment: EnrollmentEntity, cohort: CohortRef, at: Date, position: number): Promise<void> {
    const data = { ...idsOf(enrollment, cohort), waitlistedAt: at.toISOString(), position };
    await this.outbox.add(manager, { contract: EnrollmentWaitlistedV1, subject: enrollment.id, data });
    await this.progress(manager, enrollment, 'waitlisted', at);
  }

  async moduleCompleted(manager: EntityManager, enrollment: EnrollmentEntity, cohort: CohortRef, module: CompletedModule, at: Date) {
    const data = { ...idsOf(enrollment, cohort), moduleId: module.id, moduleCode: module.code, completedOn: module.completedOn, skills: module.skills };
    await this.outbox.add(manager, { contract: ModuleCompletedV1, subject: enrollment.id, data });
    await this.progress(manager, enrollment, 'module-completed', at, { module: { code: module.code, title: module.title } });
  }

  async completed(manager: EntityManager, enrollment: EnrollmentEntity, cohort: CohortRef, at: Date, attendanceRate: number) {
    const data = { ...idsOf(enrollment, cohort), completedOn: at.toISOString().slice(0, 10), attendanceRate };
    await this.outbox.add(manager, { contract: TrainingCompletedV1, subject: enrollment.id, data });
    await this.progress(manager, enrollment, 'completed', at);
  }

  async dropped(manager: EntityManager, enrollment: EnrollmentEntity, cohort: CohortRef, at: Date, reason: DropReason): Promise<void> {
    const data = { ...idsOf(enrollment, cohort), droppedAt: at.toISOString(), reason };
    await this.outbox.add(manager, { contract: TrainingDroppedV1, subject: enrollment.id, data });
    await this.progress(manager, enrollment, 'dropped', at, { reason });
  }

  /** A referred trainee's entry in a session's register, for the referring node's stipends; local trainees need nothing more. */
  async attended(manager: EntityManager, enrollment: EnrollmentEntity, session: SessionRef, status: AttendanceStatus, at: Date): Promise<void> {
    await this.toReferringNode(manager, enrollment, ReferralAttendanceV1, (referralId) => ({
      referralId,
      sessionId: session.id,
      date: session.date,
      status,
      recordedAt: at.toISOString(),
    }));
  }

  private async progress(
    manager: EntityManager,
    enrollment: EnrollmentEntity,
    step: ProgressStep,
    at: Date,
    extra: { module?: { code: string; title: string }; reason?: DropReason } = {},
  ): Promise<void> {
    await this.toReferringNode(manager, enrollment, ReferralProgressV1, (referralId) => ({ referralId, at: at.toISOString(), step, ...extra }));
  }

  /**
   * Fail closed: nothing goes back unless intake said the consent covers progress sharing and the
   * referral has not ended. The row is share-locked, so an end being applied waits for this
   * transaction, or this one sees the end. Keyed by the referral, so the partner reads it in order.
   */
  private async toReferringNode<S extends TSchema>(
    manager: EntityManager,
    enrollment: EnrollmentEntity,
    contract: EventContract<S>,
    data: (referralId: string) => Static<S>,
  ): Promise<void> {
    if (!enrollment.referralId) return;
    const referral = await manager.findOne(AcceptedReferralEntity, {
      where: { referralId: enrollment.referralId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!referral?.progressSharing || referral.endedAt) return;
    await this.crossBorder.send(manager, {
      contract,
      subject: referral.referralId,
      to: referral.fromMunicipality,
      data: data(referral.referralId),
    });
  }
}

/** The trainee as events name them: by id only. */
export function traineeRef({ participantId, referralId, homeMunicipality }: EnrollmentEntity): TraineeRef {
  return participantId ? { participantId, homeMunicipality } : { referralId: referralId ?? undefined, homeMunicipality };
}

function idsOf(enrollment: EnrollmentEntity, cohort: CohortRef) {
  return { enrollmentId: enrollment.id, cohortId: cohort.id, programId: cohort.programId, trainee: traineeRef(enrollment) };
}
