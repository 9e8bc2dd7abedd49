import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Length } from 'class-validator';
import { invalidInput } from '@tandem/platform';
import type { Period } from '../period';

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function IsDay(): PropertyDecorator {
  const message = '$property must be a date, YYYY-MM-DD';
  return applyDecorators(IsISO8601({ strict: true }, { message }), Length(10, 10, { message }));
}

/** The period of a budget or an entitlement, both days included. */
export class PeriodDto {
  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsDay()
  periodFrom!: string;

  @ApiProperty({ format: 'date', description: 'On or after periodFrom', example: '2026-12-31' })
  @IsDay()
  periodTo!: string;

  period(): Period {
    if (this.periodTo < this.periodFrom) throw invalidInput({ periodTo: ['periodTo must be on or after periodFrom'] });
    return { from: this.periodFrom, to: this.periodTo };
  }
}
