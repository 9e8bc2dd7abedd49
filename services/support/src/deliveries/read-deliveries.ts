import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { findEntitlementOr404 } from '../entitlements/entitlement-access';
import { isSocialWorker, purposeOf } from '../support-access';
import { DeliveryEntity } from './delivery.entity';
import { DeliveryView } from './dto/delivery.view';

/** An entitlement's support log, each entry audited as read; a caseworker sees neither providers nor notes. */
@Injectable()
export class ReadDeliveries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  ofEntitlement(entitlementId: string, actor: Principal): Promise<DeliveryView[]> {
    return this.dataSource.transaction(async (manager) => {
      const entitlement = await findEntitlementOr404(manager, entitlementId, { actor, lock: false });
      const deliveries = await manager.find(DeliveryEntity, { where: { entitlementId }, order: { date: 'ASC', recordedAt: 'ASC' } });
      const views: DeliveryView[] = [];
      for (const delivery of deliveries) {
        await this.audit.record(manager, { actor, action: 'read', resourceType: 'delivery', resourceId: delivery.id, purpose: purposeOf(actor) });
        views.push(DeliveryView.of(delivery, entitlement.currency, { sensitive: isSocialWorker(actor) }));
      }
      return views;
    });
  }
}
