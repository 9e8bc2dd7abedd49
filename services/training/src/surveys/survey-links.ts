import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SURVEY_QUESTIONS } from '@tandem/contracts';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { EnrollmentEntity } from '../enrollments/enrollment.entity';
import { purposeOf } from '../enrollments/enrollment-access';
import type { SurveyFormView, SurveyLinkView } from './dto/survey.dto';
import { assertLinkOpen, assertOpen, linkExpiry } from './survey';
import { findLinkedSurveyOr404, findSurveyOr404, programOf, tokenHashOf } from './survey-access';
import { SurveyInvitationEntity } from './survey-invitation.entity';

/**
 * Links a trainee answers the survey by, without an account. A survey has at most one live link: a
 * new one replaces the last, whose token then opens nothing. The token is shown once; only its hash is kept.
 */
@Injectable()
export class SurveyLinks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  create(surveyId: string, actor: Principal): Promise<SurveyLinkView> {
    return this.dataSource.transaction(async (manager) => {
      const { survey, enrollment } = await findSurveyOr404(manager, surveyId, actor);
      const now = this.clock();
      assertOpen(survey, now);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = linkExpiry(now);
      await manager.update(SurveyInvitationEntity, { id: survey.id }, { linkTokenHash: tokenHashOf(token), linkExpiresAt: expiresAt });
      await this.audit.record(manager, { actor, action: 'create-survey-link', resourceType: 'enrollment', resourceId: enrollment.id, purpose: purposeOf(actor) });
      return { path: `/survey/${token}`, expiresAt: expiresAt.toISOString() };
    });
  }

  /** What the link's page shows: the wave, the program's title and the questions; no name, no ids. */
  open(token: string): Promise<SurveyFormView> {
    return this.dataSource.transaction(async (manager) => {
      const survey = await findLinkedSurveyOr404(manager, token);
      assertLinkOpen(survey, this.clock());
      const enrollment = await manager.findOneByOrFail(EnrollmentEntity, { id: survey.enrollmentId });
      const program = await programOf(manager, enrollment);
      return { wave: survey.wave, programTitle: program.title, questions: [...SURVEY_QUESTIONS] };
    });
  }
}
