import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Static } from '@sinclair/typebox';
import { InboundReferralAcceptedV1, InboundReferralEndedV1 } from '@tandem/contracts';
import { InboxEventContext } from '@tandem/platform';
import { AcceptedReferralEntity } from './accepted-referral.entity';
import { EnrollmentEntity } from '../enrollments/enrollment.entity';

/** Keeps training's copy of what intake decided; each handler runs in the inbox transaction of its event. */
@Controller()
export class IntakeEventsConsumer {
  @EventPattern(InboundReferralAcceptedV1.type)
  async referralAccepted(
    @Payload() data: Static<typeof InboundReferralAcceptedV1.schema>,
    @Ctx() context: InboxEventContext,
  ): Promise<void> {
    await context.manager
      .createQueryBuilder()
      .insert()
      .into(AcceptedReferralEntity)
      .values({
        referralId: data.referralId,
        fromMunicipality: data.from,
        acceptedAt: new Date(data.acceptedAt),
        occupation: data.request.occupation ?? null,
        program: data.request.program ?? null,
        givenName: data.trainee.givenName ?? null,
        familyName: data.trainee.familyName ?? null,
        progressSharing: data.progressSharing,
        endedAt: null,
        endReason: null,
      })
      .orIgnore()
      .execute();
  }

  /** Nothing more goes back to the referring node; on a consent withdrawal, the trainee's name goes too. */
  @EventPattern(InboundReferralEndedV1.type)
  async referralEnded(@Payload() data: Static<typeof InboundReferralEndedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    const { manager } = context;
    const erase = data.reason === 'consent-withdrawn';
    await manager.update(
      AcceptedReferralEntity,
      { referralId: data.referralId },
      {
        progressSharing: false,
        endedAt: new Date(data.endedAt),
        endReason: data.reason,
        ...(erase ? { givenName: null, familyName: null } : {}),
      },
    );
    if (erase) await manager.update(EnrollmentEntity, { referralId: data.referralId }, { displayName: null });
  }
}
