import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BudgetEntity } from './budget.entity';
import { FundingSourceEntity } from './funding-source.entity';

/** Whoever checks a budget's balance before committing money to it locks its row (FOR UPDATE). */
export async function findBudgetOr404(manager: EntityManager, id: string, options: { lock: boolean }): Promise<BudgetEntity> {
  const budget = await manager.findOne(BudgetEntity, { where: { id }, lock: options.lock ? { mode: 'pessimistic_write' } : undefined });
  if (!budget) throw new NotFoundException(`budget ${id} not found`);
  return budget;
}

/** Adding a budget locks its source, so two budgets checked for overlap at once are checked one after the other. */
export async function findFundingSourceOr404(manager: EntityManager, id: string, options: { lock: boolean }): Promise<FundingSourceEntity> {
  const source = await manager.findOne(FundingSourceEntity, { where: { id }, lock: options.lock ? { mode: 'pessimistic_write' } : undefined });
  if (!source) throw new NotFoundException(`funding source ${id} not found`);
  return source;
}
