import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type DeclineReason, ReferralAcceptedV1, ReferralDeclinedV1, ReferralWithdrawnV1, type WithdrawalReason } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { AuditLog, CLOCK, type Clock, CrossBorder, type Principal } from '@tandem/platform';

import { announceAcceptance, announceEnd } from './announce-inbound-referral';
import { decideResponse, decideWithdrawal } from './referral';
import { findReferralOr404, REFERRAL_HANDLING } from './referral-access';
import type { ReferralEntity } from './referral.entity';
import { takeStep } from './referral-steps';

export type Answer = { accept: true } | { decline: { reason: DeclineReason; comment?: string } };

/** The receiving node's answer, and either node's withdrawal: each tells the partner, and this node's services, in the same transaction. */
@Injectable()
export class AnswerReferral {
  constructor(
    private readonly dataSource: DataSource,
    private readonly crossBorder: CrossBorder,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  respond(id: string, answer: Answer, actor: Principal): Promise<ReferralEntity> {
    return this.change(id, actor, 'accept' in answer ? 'accept-referral' : 'decline-referral', async (manager, referral, at) => {
      if ('accept' in answer) {
        const status = decideResponse(referral, 'accepted');
        await takeStep(manager, this.crossBorder, referral, { contract: ReferralAcceptedV1, step: 'accepted', status, at });
        await announceAcceptance(manager, this.outbox, referral, at);
      } else {
        const status = decideResponse(referral, 'declined');
        await takeStep(manager, this.crossBorder, referral, { contract: ReferralDeclinedV1, step: 'declined', status, at, ...answer.decline });
      }
    });
  }

  withdraw(id: string, why: { reason: WithdrawalReason; comment?: string }, actor: Principal): Promise<ReferralEntity> {
    return this.change(id, actor, 'withdraw-referral', async (manager, referral, at) => {
      const status = decideWithdrawal(referral);
      await takeStep(manager, this.crossBorder, referral, { contract: ReferralWithdrawnV1, step: 'withdrawn', status, at, ...why });
      await announceEnd(manager, this.outbox, referral, { reason: 'withdrawn', at });
    });
  }

  private change(
    id: string,
    actor: Principal,
    action: string,
    work: (manager: EntityManager, referral: ReferralEntity, at: Date) => Promise<void>,
  ): Promise<ReferralEntity> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await findReferralOr404(manager, id, { lock: true, actor });
      await work(manager, referral, this.clock());
      await this.audit.record(manager, { actor, action, resourceType: 'referral', resourceId: id, purpose: REFERRAL_HANDLING });
      return referral;
    });
  }
}
