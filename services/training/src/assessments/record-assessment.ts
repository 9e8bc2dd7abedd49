import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, displayTitle, invalidInput, type Principal } from '@tandem/platform';
import type { AssessmentMethod } from '../catalog/catalog-types';
import { ModuleEntity } from '../catalog/module.entity';
import { loadProgramModules } from '../catalog/program-modules';
import { findCohortOr404 } from '../cohorts/find-cohort';
import { assertLearning } from '../enrollments/enrollment';
import { findEnrollmentOr404 } from '../enrollments/enrollment-access';
import { TrainingEvents } from '../enrollments/training-events';
import { TRAINING_DELIVERY } from '../training-access';
import { AssessmentEntity, type AssessmentResult } from './assessment.entity';
import { ModuleCompletionEntity } from './module-completion.entity';
import { SettleCompletion } from './settle-completion';

export interface AssessmentInput {
  moduleId: string;
  result: AssessmentResult;
  score?: number;
  /** Default: the module's own method. */
  method?: AssessmentMethod;
  assessor: string;
  /** `YYYY-MM-DD`, not in the future. */
  assessedOn: string;
}

/** Every attempt is kept; the first pass completes the module, and may complete the program. */
@Injectable()
export class RecordAssessment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: TrainingEvents,
    private readonly settleCompletion: SettleCompletion,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(enrollmentId: string, input: AssessmentInput, actor: Principal): Promise<AssessmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const enrollment = await findEnrollmentOr404(manager, enrollmentId, { actor, lock: true });
      assertLearning(enrollment.status);
      const now = this.clock();
      if (input.assessedOn > now.toISOString().slice(0, 10)) throw invalidInput({ assessedOn: ['assessedOn must not be in the future'] });
      const cohort = await findCohortOr404(manager, enrollment.cohortId, { lock: false });
      const inProgram = (await loadProgramModules(manager, cohort.programId)).some((entry) => entry.moduleId === input.moduleId);
      if (!inProgram) throw invalidInput({ moduleId: [`module ${input.moduleId} is not part of this cohort's program`] });
      const module = await manager.findOneByOrFail(ModuleEntity, { id: input.moduleId });
      const assessment = manager.create(AssessmentEntity, {
        id: randomUUID(),
        enrollmentId,
        moduleId: module.id,
        result: input.result,
        score: input.score ?? null,
        method: input.method ?? module.assessmentMethod,
        assessor: input.assessor,
        assessedOn: input.assessedOn,
        recordedBy: actor.subject,
        recordedAt: now,
      });
      await manager.insert(AssessmentEntity, assessment);
      await this.audit.record(manager, { actor, action: 'record-assessment', resourceType: 'enrollment', resourceId: enrollmentId, purpose: TRAINING_DELIVERY });
      const firstPass =
        input.result === 'passed' && !(await manager.existsBy(ModuleCompletionEntity, { enrollmentId, moduleId: module.id }));
      if (firstPass) {
        await manager.insert(ModuleCompletionEntity, { enrollmentId, moduleId: module.id, completedOn: input.assessedOn });
        const skills = [...new Set(module.learningOutcomes.flatMap((outcome) => outcome.skills))];
        const completed = { id: module.id, code: module.code, title: displayTitle(module.title), completedOn: input.assessedOn, skills };
        await this.events.moduleCompleted(manager, enrollment, cohort, completed, now);
        await this.settleCompletion.execute(manager, enrollment, now);
      }
      return assessment;
    });
  }
}
