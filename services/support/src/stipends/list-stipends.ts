import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { EntitlementEntity } from '../entitlements/entitlement.entity';
import { assertMayReadSupportOf, purposeOf } from '../support-access';
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
      const entitlement = await manager.findOneBy(EntitlementEntity, { id: entitlementId });
      if (!entitlement) throw new NotFoundException(`entitlement ${entitlementId} not found`);
      await assertMayReadSupportOf(manager, actor, entitlement.participantId);
      await this.audit.record(manager, { actor, action: 'read-stipends', resourceType: 'entitlement', resourceId: entitlementId, purpose: purposeOf(actor) });
      return manager.find(StipendEntity, { where: { entitlementId }, order: { month: 'ASC' } });
    });
  }
}
