import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { SOCIAL_SUPPORT } from '../support-access';
import { assertRejectable } from './entitlement';
import { findEntitlementOr404 } from './entitlement-access';
import { EntitlementEntity } from './entitlement.entity';

/** Turning down a pending entitlement commits nothing and tells no one beyond this service: no event. */
@Injectable()
export class RejectEntitlement {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, actor: Principal): Promise<EntitlementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const entitlement = await findEntitlementOr404(manager, id, { actor, lock: true });
      assertRejectable(entitlement.status);
      const decision = { status: 'rejected' as const, decidedBy: actor.subject, decidedAt: this.clock() };
      await manager.update(EntitlementEntity, { id }, decision);
      await this.audit.record(manager, { actor, action: 'reject', resourceType: 'entitlement', resourceId: id, purpose: SOCIAL_SUPPORT });
      return Object.assign(entitlement, decision);
    });
  }
}
