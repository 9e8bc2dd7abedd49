import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { findEntitlementOr404 } from '../entitlements/entitlement-access';
import { purposeOf } from '../support-access';
import { StipendEntity } from './stipend.entity';

/** A stipend entitlement's months: amounts and attendance counts, readable by the case's caseworker too. */
@Injectable()
export class ListStipends {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  execute(entitlementId: string, actor: Principal): Promise<StipendEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      await findEntitlementOr404(manager, entitlementId, { actor, lock: false });
      await this.audit.record(manager, { actor, action: 'read-stipends', resourceType: 'entitlement', resourceId: entitlementId, purpose: purposeOf(actor) });
      return manager.find(StipendEntity, { where: { entitlementId }, order: { month: 'ASC' } });
    });
  }
}
