import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsentWithdrawnV1 } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { AuditLog, type Clock, CLOCK, type Principal } from '@tandem/platform';
import { AnnounceConsentWithdrawal } from '../referrals/announce-consent-withdrawal';
import { ConsentEntity } from './consent.entity';
import { ConsentAlreadyWithdrawnError, withdrawConsent } from './participant';
import { CASE_MANAGEMENT, findParticipantOr404 } from './participant-access';

@Injectable()
export class WithdrawConsent {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly announceToPartners: AnnounceConsentWithdrawal,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Withdrawal, its event, the erasure requests to every node a referral went to, and the audit entry: all or nothing. */
  async execute(participantId: string, consentId: string, actor: Principal): Promise<ConsentEntity> {
    return this.dataSource.transaction(async (manager) => {
      await findParticipantOr404(manager, participantId, { lock: true, actor });
      const current = await manager.findOne(ConsentEntity, { where: { id: consentId, participantId } });
      if (!current) throw new NotFoundException(`consent ${consentId} not found`);
      const now = this.clock();
      let withdrawn;
      try {
        withdrawn = withdrawConsent(current, { actor: actor.subject, now });
      } catch (error) {
        if (error instanceof ConsentAlreadyWithdrawnError) throw new ConflictException(error.message);
        throw error;
      }
      await manager.update(ConsentEntity, { id: consentId }, {
        withdrawnAt: withdrawn.withdrawnAt,
        withdrawnBy: withdrawn.withdrawnBy,
      });
      await this.outbox.add(manager, {
        contract: ConsentWithdrawnV1,
        subject: participantId,
        data: { consentId, participantId, withdrawnAt: now.toISOString() },
      });
      await this.announceToPartners.execute(manager, consentId, now);
      await this.audit.record(manager, {
        actor,
        action: 'withdraw-consent',
        resourceType: 'participant',
        resourceId: participantId,
        purpose: CASE_MANAGEMENT,
      });
      return manager.create(ConsentEntity, withdrawn);
    });
  }
}
