import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { budgetBalance } from '../budgets/budget-balance';
import { findBudgetOr404 } from '../budgets/find-budget';
import { SOCIAL_SUPPORT } from '../support-access';
import { assertAffordable, assertApprovable } from './entitlement';
import { findEntitlementOr404 } from './entitlement-access';
import { EntitlementEntity } from './entitlement.entity';
import { SupportEvents } from './support-events';

/** The second pair of eyes on a cap above the threshold. */
@Injectable()
export class ApproveEntitlement {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: SupportEvents,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The entitlement, then its budget, locked FOR UPDATE: two approvals on one budget check its
   * balance one after the other, so together they never commit more than it has.
   */
  execute(id: string, actor: Principal): Promise<EntitlementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const entitlement = await findEntitlementOr404(manager, id, { actor, lock: true });
      assertApprovable(entitlement, actor.subject);
      const budget = await findBudgetOr404(manager, entitlement.budgetId, { lock: true });
      assertAffordable(entitlement.capMinor, (await budgetBalance(manager, budget.id)).availableMinor, budget.currency);
      const decision = { status: 'approved' as const, decidedBy: actor.subject, decidedAt: this.clock() };
      await manager.update(EntitlementEntity, { id }, decision);
      await this.events.granted(manager, Object.assign(entitlement, decision), decision.decidedAt);
      await this.audit.record(manager, { actor, action: 'approve', resourceType: 'entitlement', resourceId: id, purpose: SOCIAL_SUPPORT });
      return entitlement;
    });
  }
}
