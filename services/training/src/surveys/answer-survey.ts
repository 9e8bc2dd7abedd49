import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SurveyAnsweredV1 } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { EnrollmentEntity } from '../enrollments/enrollment.entity';
import { purposeOf } from '../enrollments/enrollment-access';
import { assertLinkOpen, assertOpen, type Scores, type SurveyChannel } from './survey';
import { findLinkedSurveyOr404, findSurveyOr404, programOf } from './survey-access';
import { SurveyAnswerEntity } from './survey-answer.entity';
import { SurveyInvitationEntity } from './survey-invitation.entity';

export interface SurveyAnswer {
  scores: Scores;
  language: string;
}

/**
 * Takes a survey's one answer: the invitation row is locked while it is checked and marked answered,
 * and the answer's primary key is the survey, so a second answer can never be stored. The event,
 * scores and ids only, goes to the outbox in the same transaction.
 */
@Injectable()
export class AnswerSurvey {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The trainee answers in the console, beside their caseworker (or provider). */
  withCaseworker(surveyId: string, answer: SurveyAnswer, actor: Principal): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const { survey, enrollment } = await findSurveyOr404(manager, surveyId, actor);
      const now = this.clock();
      assertOpen(survey, now);
      await this.store(manager, survey, enrollment, answer, 'with-caseworker', now);
      await this.audit.record(manager, { actor, action: 'answer-survey', resourceType: 'enrollment', resourceId: enrollment.id, purpose: purposeOf(actor) });
    });
  }

  /** The trainee answers alone, by the link they were given. */
  byLink(token: string, answer: SurveyAnswer): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const survey = await findLinkedSurveyOr404(manager, token);
      const now = this.clock();
      assertLinkOpen(survey, now);
      const enrollment = await manager.findOneByOrFail(EnrollmentEntity, { id: survey.enrollmentId });
      await this.store(manager, survey, enrollment, answer, 'link', now);
    });
  }

  private async store(
    manager: EntityManager,
    survey: SurveyInvitationEntity,
    enrollment: EnrollmentEntity,
    { scores, language }: SurveyAnswer,
    channel: SurveyChannel,
    now: Date,
  ): Promise<void> {
    const { quality, languageSupport, fairness, usefulness } = scores;
    await manager.insert(SurveyAnswerEntity, { surveyId: survey.id, quality, languageSupport, fairness, usefulness, language, channel, answeredAt: now });
    await manager.update(SurveyInvitationEntity, { id: survey.id }, { answeredAt: now });
    const program = await programOf(manager, enrollment);
    await this.outbox.add(manager, {
      contract: SurveyAnsweredV1,
      subject: enrollment.id,
      data: {
        surveyId: survey.id,
        enrollmentId: enrollment.id,
        programId: program.id,
        wave: survey.wave,
        channel,
        answeredAt: now.toISOString(),
        scores: { quality, languageSupport, fairness, usefulness },
      },
    });
  }
}
