import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SUPPORT_TYPES } from '@tandem/contracts';

export class StatementQueryDto {
  @ApiProperty({ example: '2026-10' })
  @Matches(/^[0-9]{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month!: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class StatementLineView {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty({ format: 'uuid' }) entitlementId!: string;
  @ApiProperty({ enum: SUPPORT_TYPES }) supportType!: string;
  @ApiProperty() supportTypeName!: string;
  @ApiProperty() units!: number;
  @ApiProperty({ description: 'Minor units.' }) amountMinor!: number;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty() fundingSource!: string;
}

export class StatementView {
  @ApiProperty({ example: '2026-10' }) month!: string;
  @ApiPropertyOptional({ format: 'uuid' }) participantId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) fundingSourceId?: string;
  @ApiProperty({ type: [StatementLineView] }) lines!: StatementLineView[];
  @ApiProperty({ description: 'Minor units per currency.', example: { EUR: 45000 } }) totals!: Record<string, number>;
}
