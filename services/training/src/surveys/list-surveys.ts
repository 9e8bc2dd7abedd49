import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, LessThanOrEqual } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { ProgramEntity } from '../catalog/program.entity';
import { CohortEntity } from '../cohorts/cohort.entity';
import { mayRead, purposeOf } from '../enrollments/enrollment-access';
import { EnrollmentEntity } from '../enrollments/enrollment.entity';
import { traineeRef } from '../enrollments/training-events';
import type { SurveyView } from './dto/survey.dto';
import { dayOf } from './survey';
import { SurveyInvitationEntity } from './survey-invitation.entity';

const MAX_SURVEYS = 500;

/** Surveys due and not yet answered, oldest first, of the trainees the caller may see; each one audited as read. */
@Injectable()
export class ListSurveys {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  open(actor: Principal): Promise<SurveyView[]> {
    return this.dataSource.transaction(async (manager) => {
      const surveys = await manager.find(SurveyInvitationEntity, {
        where: { answeredAt: IsNull(), dueOn: LessThanOrEqual(dayOf(this.clock())) },
        order: { dueOn: 'ASC', id: 'ASC' },
        take: MAX_SURVEYS,
      });
      const enrollments = await byId(manager.findBy(EnrollmentEntity, { id: In(surveys.map((survey) => survey.enrollmentId)) }));
      const cohorts = await byId(manager.findBy(CohortEntity, { id: In([...enrollments.values()].map((enrollment) => enrollment.cohortId)) }));
      const programs = await byId(manager.findBy(ProgramEntity, { id: In([...cohorts.values()].map((cohort) => cohort.programId)) }));
      const views: SurveyView[] = [];
      for (const survey of surveys) {
        const enrollment = enrollments.get(survey.enrollmentId) as EnrollmentEntity;
        if (!(await mayRead(manager, actor, enrollment))) continue;
        await this.audit.record(manager, { actor, action: 'read', resourceType: 'enrollment', resourceId: enrollment.id, purpose: purposeOf(actor) });
        const program = programs.get(cohorts.get(enrollment.cohortId)?.programId ?? '') as ProgramEntity;
        const { participantId, referralId } = traineeRef(enrollment);
        views.push({
          id: survey.id,
          enrollmentId: enrollment.id,
          wave: survey.wave,
          dueOn: survey.dueOn,
          trainee: { participantId, referralId, displayName: enrollment.displayName },
          programTitle: program.title,
          linkExpiresAt: survey.linkExpiresAt?.toISOString() ?? null,
        });
      }
      return views;
    });
  }
}

async function byId<T extends { id: string }>(rows: Promise<T[]>): Promise<Map<string, T>> {
  return new Map((await rows).map((row) => [row.id, row]));
}
