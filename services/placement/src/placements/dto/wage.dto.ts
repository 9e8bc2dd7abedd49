import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, Matches, Max, Min, ValidateNested } from 'class-validator';
import { WAGE_PERIODS, type WagePeriod } from '@tandem/contracts';
import type { WageAmount } from '../wage-progression';

export class WageDto implements WageAmount {
  @ApiProperty({ minimum: 0, description: 'Minor units per period; 0 for an unpaid internship', example: 480_000 })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  amountMinor!: number;

  @ApiProperty({ description: 'ISO 4217', example: 'PLN' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency!: string;

  @ApiProperty({ enum: WAGE_PERIODS })
  @IsIn(WAGE_PERIODS)
  period!: WagePeriod;
}

/** A wage in a body, validated field by field (`wage.amountMinor`, ...); nested validation alone lets a missing one through. */
export function IsWage(): PropertyDecorator {
  return applyDecorators(
    IsObject(),
    ValidateNested(),
    Type(() => WageDto),
  );
}

