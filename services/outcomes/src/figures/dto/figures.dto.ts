import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';

/** `YYYY-MM-DD` naming a day that exists. */
function IsDay(): PropertyDecorator {
  const message = '$property must be a date, YYYY-MM-DD';
  return applyDecorators(IsOptional(), IsISO8601({ strict: true }, { message }), Length(10, 10, { message }));
}

export class FiguresQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Enrolments confirmed on or after this day.' })
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Enrolments confirmed on or before this day.' })
  @IsDay()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this program.' })
  @IsOptional()
  @IsUUID('4')
  programId?: string;
}

export class CellView {
  @ApiProperty({ example: 'female' }) category!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'People counted; null when suppressed.' }) n!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'A count, a rate (0–1), a median ratio or minor units; null when suppressed or without base.' })
  value!: number | null;
  @ApiProperty() suppressed!: boolean;
}

export class FigureTableView {
  @ApiProperty({ example: 'placement-within-90-days' }) figure!: string;
  @ApiProperty({ type: String, nullable: true, description: 'A drop-out reason or a currency.' }) detail!: string | null;
  @ApiProperty({ enum: ['total', 'gender', 'age-band', 'status-group', 'program', 'origin'] }) breakdown!: string;
  @ApiProperty({ type: [CellView] }) cells!: CellView[];
}

export class FiguresView {
  @ApiProperty({ example: 'de-goerlitz' }) municipality!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) from!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) to!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) programId!: string | null;
  @ApiProperty({ description: 'Cells of fewer people are suppressed.' }) minCell!: number;
  @ApiProperty({ type: [FigureTableView] }) tables!: FigureTableView[];
}
