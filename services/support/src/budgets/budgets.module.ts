import { Module } from '@nestjs/common';
import { AddBudget } from './add-budget';
import { BudgetsController } from './budgets.controller';
import { CreateFundingSource } from './create-funding-source';
import { ReadBudgets } from './read-budgets';
import { ReadFundingSources } from './read-funding-sources';

@Module({
  controllers: [BudgetsController],
  providers: [CreateFundingSource, ReadFundingSources, AddBudget, ReadBudgets],
})
export class BudgetsModule {}
