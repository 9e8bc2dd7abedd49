import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ASSESSMENT_METHODS, type AssessmentMethod } from '../../catalog/catalog-types';
import { ASSESSMENT_RESULTS, type AssessmentEntity, type AssessmentResult } from '../assessment.entity';
import { MaxDecimalPlaces } from '@tandem/platform';

export class RecordAssessmentDto {
  @ApiProperty({ format: 'uuid', description: "A module of the cohort's program." })
  @IsUUID('4')
  moduleId!: string;

  @ApiProperty({ enum: ASSESSMENT_RESULTS })
  @IsIn(ASSESSMENT_RESULTS)
  result!: AssessmentResult;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber()
  @MaxDecimalPlaces(2)
  @Min(0)
  @Max(100)
  score?: number;

  @ApiPropertyOptional({ enum: ASSESSMENT_METHODS, description: "Default: the module's method." })
  @IsOptional()
  @IsIn(ASSESSMENT_METHODS)
  method?: AssessmentMethod;

  @ApiProperty({ example: 'Jan Kowalski' })
  @IsString()
  @Length(1, 200)
  assessor!: string;

  @ApiProperty({ format: 'date', example: '2026-12-14' })
  @IsISO8601({ strict: true }, { message: 'assessedOn must be a date, YYYY-MM-DD' })
  @Length(10, 10, { message: 'assessedOn must be a date, YYYY-MM-DD' })
  assessedOn!: string;
}

export class AssessmentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  moduleId!: string;

  @ApiProperty({ enum: ASSESSMENT_RESULTS })
  result!: string;

  @ApiProperty({ type: Number, nullable: true })
  score!: number | null;

  @ApiProperty({ enum: ASSESSMENT_METHODS })
  method!: string;

  @ApiProperty()
  assessor!: string;

  @ApiProperty({ format: 'date' })
  assessedOn!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  static of(assessment: AssessmentEntity): AssessmentView {
    const { id, moduleId, result, score, method, assessor, assessedOn, recordedAt } = assessment;
    return { id, moduleId, result, score, method, assessor, assessedOn, recordedAt: recordedAt.toISOString() };
  }
}
