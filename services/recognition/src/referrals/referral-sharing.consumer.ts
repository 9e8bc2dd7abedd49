import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Static } from '@sinclair/typebox';
import { InboundReferralAcceptedV1, InboundReferralEndedV1 } from '@tandem/contracts';
import { InboxEventContext } from '@tandem/platform';
import { eraseRevocationReasonsOfReferral } from '../credentials/holders';
import { ReferralSharingEntity } from './referral-sharing.entity';

/** Keeps intake's word on each accepted referral: the home node, and whether the consent covers progress sharing. */
@Controller()
export class ReferralSharingConsumer {
  @EventPattern(InboundReferralAcceptedV1.type)
  async accepted(@Payload() data: Static<typeof InboundReferralAcceptedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    await context.manager
      .createQueryBuilder()
      .insert()
      .into(ReferralSharingEntity)
      .values({ referralId: data.referralId, homeMunicipality: data.from, progressSharing: data.progressSharing, endedAt: null })
      .orIgnore()
      .execute();
  }

  /** Ended for any reason: nothing more goes home. Ended by a consent withdrawal: the free text about the trainee goes too. */
  @EventPattern(InboundReferralEndedV1.type)
  async ended(@Payload() data: Static<typeof InboundReferralEndedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    await context.manager.update(ReferralSharingEntity, { referralId: data.referralId }, { progressSharing: false, endedAt: new Date(data.endedAt) });
    if (data.reason === 'consent-withdrawn') await eraseRevocationReasonsOfReferral(context.manager, data.referralId);
  }
}
