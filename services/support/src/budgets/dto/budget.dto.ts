import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsCurrency } from '../../catalog/dto/currency.validator';
import type { BudgetBalance } from '../budget-balance';
import type { BudgetEntity } from '../budget.entity';
import { PeriodDto } from './period.dto';

export class AddBudgetDto extends PeriodDto {
  @ApiProperty({ minimum: 0, description: 'Minor units of currency', example: 5_000_000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinor!: number;

  @ApiProperty({ example: 'EUR' })
  @IsCurrency()
  currency!: string;
}

export class BudgetView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) fundingSourceId!: string;
  @ApiProperty({ format: 'date' }) periodFrom!: string;
  @ApiProperty({ format: 'date' }) periodTo!: string;
  @ApiProperty() amountMinor!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ description: 'Caps of approved entitlements not yet ended, plus what ended ones spent' }) committedMinor!: number;
  @ApiProperty({ description: 'Everything logged as delivered under its entitlements' }) spentMinor!: number;
  @ApiProperty({ description: 'amountMinor − committedMinor' }) availableMinor!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(budget: BudgetEntity, balance: BudgetBalance): BudgetView {
    return { ...budget, ...balance, createdAt: budget.createdAt.toISOString() };
  }
}
