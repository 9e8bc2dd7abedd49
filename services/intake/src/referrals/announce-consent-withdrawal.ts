import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReferralConsentWithdrawnV1 } from '@tandem/contracts';
import { CrossBorder } from '@tandem/platform';
import { ReferralEntity } from './referral.entity';
import { takeStep } from './referral-steps';

/**
 * When a participant withdraws the consent referrals were sent under, each receiving node is told
 * to erase what it was given; called inside the withdrawal's transaction, so the two never part.
 */
@Injectable()
export class AnnounceConsentWithdrawal {
  constructor(private readonly crossBorder: CrossBorder) {}

  async execute(manager: EntityManager, consentId: string, at: Date): Promise<void> {
    const referrals = await manager.find(ReferralEntity, {
      where: { consentId, direction: 'outbound' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const referral of referrals) {
      await takeStep(manager, this.crossBorder, referral, {
        contract: ReferralConsentWithdrawnV1,
        step: 'consent-withdrawn',
        status: 'withdrawn',
        at,
      });
    }
  }
}
