import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { tallyAttendance } from '@tandem/contracts';
import { ProgramEntity } from '../catalog/program.entity';
import { CohortEntity } from '../cohorts/cohort.entity';
import { EnrollmentEntity } from '../enrollments/enrollment.entity';
import { loadProgress } from '../enrollments/enrollment-progress';
import { TrainingEvents } from '../enrollments/training-events';
import { InviteToSurveys } from '../surveys/invite-to-surveys';
import { completionVerdict } from './completion';

/**
 * Completes a locked, enrolled trainee's training as soon as the rule says so: after a passed
 * assessment, or after attendance that lifts the rate over the threshold; the trainee is then invited
 * to the satisfaction survey, now and 90 days later.
 */
@Injectable()
export class SettleCompletion {
  constructor(
    private readonly events: TrainingEvents,
    private readonly surveys: InviteToSurveys,
  ) {}

  async execute(manager: EntityManager, enrollment: EnrollmentEntity, now: Date): Promise<void> {
    if (enrollment.status !== 'enrolled') return;
    const cohort = await manager.findOneByOrFail(CohortEntity, { id: enrollment.cohortId });
    const program = await manager.findOneByOrFail(ProgramEntity, { id: cohort.programId });
    const progress = await loadProgress(manager, enrollment);
    const { rate } = tallyAttendance(progress.attendance.map((entry) => entry.status));
    const verdict = completionVerdict({
      required: progress.requiredModuleIds,
      completed: progress.modulesCompleted.map((module) => module.moduleId),
      attendanceRate: rate,
      threshold: program.attendanceThreshold,
    });
    if (!verdict.complete) return;
    Object.assign(enrollment, { status: 'completed', completedOn: now.toISOString().slice(0, 10), updatedAt: now });
    await manager.save(EnrollmentEntity, enrollment);
    await this.events.completed(manager, enrollment, cohort, now, rate ?? 1);
    await this.surveys.execute(manager, enrollment, now);
  }
}
