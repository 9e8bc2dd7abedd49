import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  FUNDING_KINDS,
  type FundingKind,
  type FundingSource,
  type Multilingual,
  type Schedule,
  SCHEDULE_PATTERNS,
  type SchedulePattern,
} from '../catalog-types';
import { IsMultilingual, MaxDecimalPlaces, MULTILINGUAL_SCHEMA } from '@tandem/platform';

const ESCO_OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOT_BLANK = /\S/;

export class ScheduleDto implements Schedule {
  @ApiProperty({ enum: SCHEDULE_PATTERNS })
  @IsIn(SCHEDULE_PATTERNS)
  pattern!: SchedulePattern;

  @ApiProperty({ maxLength: 300, example: 'Mon and Wed 18:00-21:00, Sat 9:00-13:00' })
  @IsString()
  @Length(1, 300)
  @Matches(NOT_BLANK, { message: 'description must contain text' })
  description!: string;
}

export class FundingSourceDto implements FundingSource {
  @ApiProperty({ enum: FUNDING_KINDS })
  @IsIn(FUNDING_KINDS)
  kind!: FundingKind;

  @ApiProperty({ maxLength: 200, example: 'Interreg Poland-Saxony' })
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'name must contain text' })
  name!: string;
}

export class CreateProgramDto {
  @ApiProperty({ ...MULTILINGUAL_SCHEMA, example: { en: 'Welding, evening cohort', pl: 'Spawanie, kurs wieczorowy' } })
  @IsMultilingual()
  title!: Multilingual;

  @ApiProperty({ description: 'ISCO-08 unit group the program trains for', example: '7212' })
  @Matches(/^\d{4}$/, { message: 'occupation must be an ISCO-08 unit group, 4 digits' })
  occupation!: string;

  @ApiPropertyOptional({ description: 'ESCO occupation URI', example: 'http://data.europa.eu/esco/occupation/f2cc5978-e45b-49b9-b5b3-3e47c8f5c6e0' })
  @IsOptional()
  @Matches(ESCO_OCCUPATION_URI, { message: 'escoOccupation must be an ESCO occupation URI, http://data.europa.eu/esco/occupation/<uuid>' })
  escoOccupation?: string;

  @ApiProperty({ minimum: 1, maximum: 8, description: 'European Qualifications Framework level', example: 3 })
  @IsInt()
  @Min(1)
  @Max(8)
  eqfLevel!: number;

  @ApiProperty({ type: [String], description: 'Languages of instruction, ISO 639 codes', example: ['pl', 'uk'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'languages must list each language once' })
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'each of languages must be an ISO 639 code such as de or uk' })
  languages!: string[];

  @ApiProperty({ maxLength: 300, example: 'Zgorzelec, ul. Warszawska 1' })
  @IsString()
  @Length(1, 300)
  @Matches(NOT_BLANK, { message: 'location must contain text' })
  location!: string;

  @ApiProperty({ type: ScheduleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule!: ScheduleDto;

  @ApiProperty({ minimum: 1, maximum: 1000, description: 'Places of a cohort unless it sets its own', example: 12 })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity!: number;

  @ApiProperty({ type: [FundingSourceDto], description: 'At least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FundingSourceDto)
  funding!: FundingSourceDto[];

  @ApiProperty({ maxLength: 200, description: 'The training provider that runs it', example: 'CKZiU Zgorzelec' })
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'provider must contain text' })
  provider!: string;

  // No @IsOptional: it would let an explicit null through; an omitted value keeps the default.
  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: 1, default: 0.8, description: 'Share of attended sessions needed to complete, two decimals at most' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxDecimalPlaces(2)
  @Min(0)
  @Max(1)
  attendanceThreshold = 0.8;
}
