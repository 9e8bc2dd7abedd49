import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, caseworkerOf, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { budgetBalance } from '../budgets/budget-balance';
import { BudgetEntity } from '../budgets/budget.entity';
import { contains, type Period, periodOf } from '../budgets/period';
import { SupportTypeEntity } from '../catalog/support-type.entity';
import { SupportConfig } from '../config';
import { SOCIAL_SUPPORT } from '../support-access';
import { assertAffordable, statusOnRequest } from './entitlement';
import { EntitlementEntity } from './entitlement.entity';
import { SupportEvents } from './support-events';

export interface EntitlementRequest {
  participantId: string;
  supportTypeId: string;
  budgetId: string;
  period: Period;
  capMinor: number;
  capUnits: number | null;
  reason: string;
}

@Injectable()
export class RequestEntitlement {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: SupportEvents,
    private readonly audit: AuditLog,
    private readonly config: SupportConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A cap within the four-eyes threshold is approved here and now, under the budget's lock like any approval. */
  execute(request: EntitlementRequest, actor: Principal): Promise<EntitlementEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Support is given to the node's own participants: someone no case of the node holds is unknown here.
      if (!(await caseworkerOf(manager, request.participantId))) throw new NotFoundException(`participant ${request.participantId} not found`);
      const type = await manager.findOneBy(SupportTypeEntity, { id: request.supportTypeId });
      if (!type) throw invalidInput({ supportTypeId: [`there is no support type ${request.supportTypeId}`] });
      const budget = await payingBudget(manager, request, type.currency);
      const status = statusOnRequest(request.capMinor, this.config.SUPPORT_FOUR_EYES_THRESHOLD_MINOR);
      if (status === 'approved') assertAffordable(request.capMinor, (await budgetBalance(manager, budget.id)).availableMinor, budget.currency);
      const now = this.clock();
      const { period, ...rest } = request;
      const entitlement = manager.create(EntitlementEntity, {
        ...rest,
        id: randomUUID(),
        periodFrom: period.from,
        periodTo: period.to,
        currency: type.currency,
        status,
        requestedBy: actor.subject,
        requestedAt: now,
        decidedBy: status === 'approved' ? actor.subject : null,
        decidedAt: status === 'approved' ? now : null,
        endedOn: null,
        endReason: null,
      });
      await manager.insert(EntitlementEntity, entitlement);
      if (status === 'approved') await this.events.granted(manager, entitlement, now);
      await this.audit.record(manager, { actor, action: 'request', resourceType: 'entitlement', resourceId: entitlement.id, purpose: SOCIAL_SUPPORT });
      return entitlement;
    });
  }
}

/** The budget named, locked, if it can pay: in the type's currency, for the whole period. */
async function payingBudget(manager: EntityManager, request: EntitlementRequest, currency: string): Promise<BudgetEntity> {
  const budget = await manager.findOne(BudgetEntity, { where: { id: request.budgetId }, lock: { mode: 'pessimistic_write' } });
  if (!budget) throw invalidInput({ budgetId: [`there is no budget ${request.budgetId}`] });
  if (budget.currency !== currency) throw invalidInput({ budgetId: [`the budget is in ${budget.currency}; the support type is priced in ${currency}`] });
  if (!contains(periodOf(budget), request.period)) {
    const end = request.period.from < budget.periodFrom ? 'periodFrom' : 'periodTo';
    throw invalidInput({ [end]: [`the period must lie within the budget's, ${budget.periodFrom} to ${budget.periodTo}`] });
  }
  return budget;
}
