import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EnrollmentEntity } from '../enrollments/enrollment.entity';
import { wavesOf } from './survey';
import { SurveyInvitationEntity } from './survey-invitation.entity';

/** Both waves of a completed enrollment's survey, in the transaction that completes it. */
@Injectable()
export class InviteToSurveys {
  async execute(manager: EntityManager, enrollment: EnrollmentEntity, now: Date): Promise<void> {
    if (!enrollment.completedOn) throw new Error(`enrollment ${enrollment.id} is not completed: no survey is due`);
    const invitations = wavesOf(enrollment.completedOn).map(({ wave, dueOn }) =>
      manager.create(SurveyInvitationEntity, {
        id: randomUUID(),
        enrollmentId: enrollment.id,
        wave,
        dueOn,
        linkTokenHash: null,
        linkExpiresAt: null,
        answeredAt: null,
        createdAt: now,
      }),
    );
    await manager.insert(SurveyInvitationEntity, invitations);
  }
}
