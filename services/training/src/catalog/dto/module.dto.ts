import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ASSESSMENT_METHODS, type AssessmentMethod, type LearningOutcome, type Multilingual } from '../catalog-types';
import { IsMultilingual, MULTILINGUAL_SCHEMA } from '@tandem/platform';

const ESCO_SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class LearningOutcomeDto implements LearningOutcome {
  @ApiProperty({ maxLength: 1000, example: 'Welds butt and fillet joints on steel plate with MAG' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'description must contain text' })
  description!: string;

  @ApiProperty({ type: [String], description: 'ESCO skill URIs the outcome evidences', example: ['http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'skills must list each skill once' })
  @Matches(ESCO_SKILL_URI, { each: true, message: 'each of skills must be an ESCO skill URI, http://data.europa.eu/esco/skill/<uuid>' })
  skills!: string[];
}

export class CreateModuleDto {
  @ApiProperty({ description: 'Unique on the node; no spaces', example: 'WLD-101' })
  @IsString()
  @Length(1, 40)
  @Matches(/^\S+$/, { message: 'code must not contain spaces' })
  code!: string;

  @ApiProperty({ ...MULTILINGUAL_SCHEMA, example: { en: 'MAG welding basics', pl: 'Podstawy spawania MAG' } })
  @IsMultilingual()
  title!: Multilingual;

  @ApiProperty({ minimum: 1, maximum: 2000, example: 40 })
  @IsInt()
  @Min(1)
  @Max(2000)
  hours!: number;

  @ApiProperty({ enum: ASSESSMENT_METHODS })
  @IsIn(ASSESSMENT_METHODS)
  assessmentMethod!: AssessmentMethod;

  @ApiProperty({ type: [LearningOutcomeDto], description: 'At least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LearningOutcomeDto)
  learningOutcomes!: LearningOutcomeDto[];
}
