import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@tandem/platform';
import { findEntitlementOr404 } from '../entitlements/entitlement-access';
import { DeliveryView } from './dto/delivery.view';
import { type DeliveryInput, RecordDelivery } from './record-delivery';

/** A social worker logs support delivered: one transaction, the checks are RecordDelivery's. */
@Injectable()
export class LogDelivery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recordDelivery: RecordDelivery,
  ) {}

  execute(entitlementId: string, input: DeliveryInput, actor: Principal): Promise<DeliveryView> {
    return this.dataSource.transaction(async (manager) => {
      const entitlement = await findEntitlementOr404(manager, entitlementId, { actor, lock: true });
      const delivery = await this.recordDelivery.within(manager, entitlement, input, actor);
      return DeliveryView.of(delivery, entitlement.currency, { sensitive: true });
    });
  }
}
