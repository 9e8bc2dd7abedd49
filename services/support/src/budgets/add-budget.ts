import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import { budgetBalance } from './budget-balance';
import { BudgetEntity } from './budget.entity';
import { BudgetView } from './dto/budget.dto';
import { findFundingSourceOr404 } from './find-budget';
import { overlaps, type Period, periodOf } from './period';

export interface BudgetRequest {
  period: Period;
  amountMinor: number;
  currency: string;
}

@Injectable()
export class AddBudget {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** One budget per source, currency and day: with overlaps, which one an entitlement drew on would be a guess. */
  async execute(fundingSourceId: string, request: BudgetRequest): Promise<BudgetView> {
    return this.dataSource.transaction(async (manager) => {
      await findFundingSourceOr404(manager, fundingSourceId, { lock: true });
      const { period, amountMinor, currency } = request;
      const clash = (await manager.findBy(BudgetEntity, { fundingSourceId, currency })).find((budget) => overlaps(periodOf(budget), period));
      if (clash) {
        throw new ConflictException(`budget ${clash.id} of this source already covers ${clash.periodFrom} to ${clash.periodTo} in ${currency}`);
      }
      const budget = manager.create(BudgetEntity, {
        id: randomUUID(),
        fundingSourceId,
        periodFrom: period.from,
        periodTo: period.to,
        amountMinor,
        currency,
        createdAt: this.clock(),
      });
      await manager.insert(BudgetEntity, budget);
      return BudgetView.of(budget, await budgetBalance(manager, budget.id));
    });
  }
}
