import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { STIPEND_OUTCOMES } from '@tandem/contracts';
import type { StipendEntity } from '../stipend.entity';

export class CalculateStipendDto {
  @ApiProperty({ example: '2026-10', description: 'A month that has ended.' })
  @Matches(/^[0-9]{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month!: string;
}

export class StipendView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  entitlementId!: string;

  @ApiProperty({ example: '2026-10' })
  month!: string;

  @ApiProperty()
  present!: number;

  @ApiProperty()
  absent!: number;

  @ApiProperty()
  excused!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'present / (present + absent)' })
  attendanceRate!: number | null;

  @ApiProperty({ enum: STIPEND_OUTCOMES })
  outcome!: string;

  @ApiProperty({ description: 'Minor units of the entitlement currency.' })
  amountMinor!: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The support log entry that pays it.' })
  deliveryId!: string | null;

  @ApiProperty({ format: 'date-time' })
  calculatedAt!: string;

  static of(stipend: StipendEntity): StipendView {
    const { id, entitlementId, month, present, absent, excused, attendanceRate, outcome, amountMinor, deliveryId } = stipend;
    return { id, entitlementId, month, present, absent, excused, attendanceRate, outcome, amountMinor, deliveryId, calculatedAt: stipend.calculatedAt.toISOString() };
  }
}
