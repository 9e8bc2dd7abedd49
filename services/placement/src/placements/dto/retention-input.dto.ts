import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsUUID, ValidateIf } from 'class-validator';
import { RETENTION_CHECKPOINT_DAYS, type RetentionCheckpointDays } from '@tandem/contracts';
import { invalidInput } from '@tandem/platform';
import type { RetentionAnswer } from '../placement-events';
import { IsDay } from './is-day';
import { IsWage, WageDto } from './wage.dto';

export class CheckpointParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  id!: string;

  @ApiProperty({ enum: RETENTION_CHECKPOINT_DAYS })
  @Type(() => Number)
  @IsIn(RETENTION_CHECKPOINT_DAYS)
  days!: RetentionCheckpointDays;
}

export class RecordRetentionDto {
  @ApiProperty({ format: 'date', description: 'From a week before the checkpoint falls due, not in the future', example: '2027-07-01' })
  @IsDay()
  recordedOn!: string;

  @ApiProperty()
  @IsBoolean()
  stillEmployed!: boolean;

  @ApiPropertyOptional({ type: WageDto, description: 'The wage now: required when still employed, absent otherwise' })
  @ValidateIf((body: RecordRetentionDto) => body.wage !== undefined)
  @IsWage()
  wage?: WageDto;

  toAnswer(days: RetentionCheckpointDays): RetentionAnswer {
    const { recordedOn, stillEmployed, wage } = this;
    if (stillEmployed && !wage) throw invalidInput({ wage: ['wage is required when stillEmployed'] });
    if (!stillEmployed && wage) throw invalidInput({ wage: ['wage must be absent when no longer employed'] });
    return { days, recordedOn, stillEmployed, wage: wage ?? null };
  }
}

export class DueCheckpointsDto {
  @ApiPropertyOptional({ format: 'date', description: 'Due on or before this day; default today + 14 days' })
  @ValidateIf((query: DueCheckpointsDto) => query.before !== undefined)
  @IsDay()
  before?: string;
}
