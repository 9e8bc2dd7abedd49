import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { budgetBalance } from './budget-balance';
import { BudgetEntity } from './budget.entity';
import { BudgetView } from './dto/budget.dto';
import { findBudgetOr404, findFundingSourceOr404 } from './find-budget';

/** Budgets with their balance, read in one transaction so committed and spent agree with each other. */
@Injectable()
export class ReadBudgets {
  constructor(private readonly dataSource: DataSource) {}

  one(id: string): Promise<BudgetView> {
    return this.dataSource.transaction(async (manager) => withBalance(manager, await findBudgetOr404(manager, id, { lock: false })));
  }

  /** A source's budgets, earliest period first. */
  ofSource(fundingSourceId: string): Promise<BudgetView[]> {
    return this.dataSource.transaction(async (manager) => {
      await findFundingSourceOr404(manager, fundingSourceId, { lock: false });
      const budgets = await manager.find(BudgetEntity, { where: { fundingSourceId }, order: { periodFrom: 'ASC', currency: 'ASC' } });
      const views: BudgetView[] = [];
      for (const budget of budgets) views.push(await withBalance(manager, budget));
      return views;
    });
  }
}

async function withBalance(manager: EntityManager, budget: BudgetEntity): Promise<BudgetView> {
  return BudgetView.of(budget, await budgetBalance(manager, budget.id));
}
