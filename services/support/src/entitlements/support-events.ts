import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SupportDeliveredV1, type SupportEndReason, SupportEndedV1, SupportGrantedV1, type SupportType } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { BudgetEntity } from '../budgets/budget.entity';
import { SupportTypeEntity } from '../catalog/support-type.entity';
import type { DeliveryEntity } from '../deliveries/delivery.entity';
import type { EntitlementEntity } from './entitlement.entity';

/**
 * An entitlement's events, in the caller's transaction and keyed by the entitlement so they are
 * read in order. Type, period, amounts and ids only: the reason, notes and providers stay here.
 */
@Injectable()
export class SupportEvents {
  constructor(private readonly outbox: Outbox) {}

  async granted(manager: EntityManager, entitlement: EntitlementEntity, at: Date): Promise<void> {
    const budget = await manager.findOneByOrFail(BudgetEntity, { id: entitlement.budgetId });
    await this.outbox.add(manager, {
      contract: SupportGrantedV1,
      subject: entitlement.id,
      data: {
        ...(await this.idsOf(manager, entitlement)),
        from: entitlement.periodFrom,
        to: entitlement.periodTo,
        cap: { amountMinor: entitlement.capMinor, currency: entitlement.currency },
        ...(entitlement.capUnits === null ? {} : { capUnits: entitlement.capUnits }),
        fundingSourceId: budget.fundingSourceId,
        grantedAt: at.toISOString(),
      },
    });
  }

  async delivered(manager: EntityManager, entitlement: EntitlementEntity, delivery: DeliveryEntity): Promise<void> {
    await this.outbox.add(manager, {
      contract: SupportDeliveredV1,
      subject: entitlement.id,
      data: {
        ...(await this.idsOf(manager, entitlement)),
        deliveryId: delivery.id,
        date: delivery.date,
        units: delivery.units,
        cost: { amountMinor: delivery.amountMinor, currency: entitlement.currency },
        recordedAt: delivery.recordedAt.toISOString(),
      },
    });
  }

  async ended(manager: EntityManager, entitlement: EntitlementEntity, endedOn: string, reason: SupportEndReason): Promise<void> {
    await this.outbox.add(manager, {
      contract: SupportEndedV1,
      subject: entitlement.id,
      data: { ...(await this.idsOf(manager, entitlement)), endedOn, reason },
    });
  }

  private async idsOf(manager: EntityManager, entitlement: EntitlementEntity): Promise<{ entitlementId: string; participantId: string; supportType: SupportType }> {
    const type = await manager.findOneByOrFail(SupportTypeEntity, { id: entitlement.supportTypeId });
    return { entitlementId: entitlement.id, participantId: entitlement.participantId, supportType: type.kind };
  }
}
