import { createHash } from 'node:crypto';
import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@tandem/platform';
import { ProgramEntity } from '../catalog/program.entity';
import { CohortEntity } from '../cohorts/cohort.entity';
import { mayRead } from '../enrollments/enrollment-access';
import { EnrollmentEntity } from '../enrollments/enrollment.entity';
import { SurveyInvitationEntity } from './survey-invitation.entity';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const tokenHashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A survey is seen by whoever may see its enrollment; anyone else learns nothing: 404. Locked FOR UPDATE. */
export async function findSurveyOr404(
  manager: EntityManager,
  id: string,
  actor: Principal,
): Promise<{ survey: SurveyInvitationEntity; enrollment: EnrollmentEntity }> {
  const survey = await manager.findOne(SurveyInvitationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  const enrollment = survey && (await manager.findOneByOrFail(EnrollmentEntity, { id: survey.enrollmentId }));
  if (!survey || !enrollment || !(await mayRead(manager, actor, enrollment))) throw new NotFoundException(`survey ${id} not found`);
  return { survey, enrollment };
}

/** The survey a link opens, locked FOR UPDATE; an unknown or malformed token is simply not found. */
export async function findLinkedSurveyOr404(manager: EntityManager, token: string): Promise<SurveyInvitationEntity> {
  const survey = TOKEN.test(token)
    ? await manager.findOne(SurveyInvitationEntity, { where: { linkTokenHash: tokenHashOf(token) }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!survey) throw new NotFoundException('this survey link is not known; ask for a new one');
  return survey;
}

export async function programOf(manager: EntityManager, enrollment: Pick<EnrollmentEntity, 'cohortId'>): Promise<ProgramEntity> {
  const cohort = await manager.findOneByOrFail(CohortEntity, { id: enrollment.cohortId });
  return manager.findOneByOrFail(ProgramEntity, { id: cohort.programId });
}
