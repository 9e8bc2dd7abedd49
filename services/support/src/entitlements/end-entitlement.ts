import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SupportEndReason } from '@tandem/contracts';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { SOCIAL_SUPPORT } from '../support-access';
import { assertEndable } from './entitlement';
import { findEntitlementOr404 } from './entitlement-access';
import { EntitlementEntity } from './entitlement.entity';
import { SupportEvents } from './support-events';

/** From the end on, its budget counts what it spent rather than its cap: the rest is free again. */
@Injectable()
export class EndEntitlement {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: SupportEvents,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, endedOn: string, reason: SupportEndReason, actor: Principal): Promise<EntitlementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const entitlement = await findEntitlementOr404(manager, id, { actor, lock: true });
      assertEndable(entitlement.status);
      // Before its period starts is allowed: a grant can be revoked before it is used.
      if (endedOn > this.clock().toISOString().slice(0, 10)) throw invalidInput({ endedOn: ['endedOn must not be in the future'] });
      if (endedOn > entitlement.periodTo) throw invalidInput({ endedOn: [`endedOn must not be after the period's end, ${entitlement.periodTo}`] });
      const end = { status: 'ended' as const, endedOn, endReason: reason };
      await manager.update(EntitlementEntity, { id }, end);
      await this.events.ended(manager, entitlement, endedOn, reason);
      await this.audit.record(manager, { actor, action: 'end', resourceType: 'entitlement', resourceId: id, purpose: SOCIAL_SUPPORT });
      return Object.assign(entitlement, end);
    });
  }
}
