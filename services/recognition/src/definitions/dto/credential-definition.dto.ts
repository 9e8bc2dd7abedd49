import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { ASSESSMENT_METHODS, type AssessmentMethod } from '@tandem/contracts';
import { IsMultilingual, MaxDecimalPlaces, type Multilingual, MULTILINGUAL_SCHEMA } from '@tandem/platform';

const ESCO_SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class CreateCredentialDefinitionDto {
  @ApiProperty({ enum: ['module', 'program'], description: 'A module gives a micro-credential, a program a qualification' })
  @IsIn(['module', 'program'])
  kind!: 'module' | 'program';

  @ApiPropertyOptional({ format: 'uuid', description: "Training's module or program id: its completion issues the credential" })
  @IsOptional()
  @IsUUID('4')
  trainingId?: string;

  @ApiProperty({ example: 'WLD-101' })
  @IsString()
  @Length(1, 40)
  @Matches(/^\S+$/, { message: 'code must not contain spaces' })
  code!: string;

  @ApiProperty({ ...MULTILINGUAL_SCHEMA, example: { en: 'MAG welding basics', pl: 'Podstawy spawania MAG', de: 'Grundlagen MAG-Schweißen' } })
  @IsMultilingual()
  name!: Multilingual;

  @ApiProperty({ ...MULTILINGUAL_SCHEMA, example: { en: 'Butt and fillet joints on steel plate with MAG.' } })
  @IsMultilingual()
  description!: Multilingual;

  @ApiProperty({ maxLength: 2000, example: 'Passed a practical test: three joints inspected to ISO 5817 level C.' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'criteria must contain text' })
  criteria!: string;

  @ApiProperty({ minimum: 1, maximum: 8, description: 'European Qualifications Framework level', example: 3 })
  @IsInt()
  @Min(1)
  @Max(8)
  eqfLevel!: number;

  @ApiProperty({ type: [String], description: 'ESCO skill URIs', example: ['http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'skills must list each skill once' })
  @Matches(ESCO_SKILL_URI, { each: true, message: 'each of skills must be an ESCO skill URI, http://data.europa.eu/esco/skill/<uuid>' })
  skills!: string[];

  @ApiProperty({ type: [String], description: 'ISCO-08 unit groups', example: ['7212'] })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'occupations must list each occupation once' })
  @Matches(/^[0-9]{4}$/, { each: true, message: 'each of occupations must be an ISCO-08 unit group of four digits' })
  occupations!: string[];

  @ApiProperty({ enum: ASSESSMENT_METHODS })
  @IsIn(ASSESSMENT_METHODS)
  assessmentMethod!: AssessmentMethod;

  @ApiPropertyOptional({ minimum: 1, maximum: 5000, example: 40 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5000)
  creditHours?: number;

  @ApiPropertyOptional({ minimum: 0.5, maximum: 240, description: 'ECVET points, in steps of 0.5', example: 2 })
  @IsOptional()
  @IsNumber()
  @MaxDecimalPlaces(1)
  @Min(0.5)
  @Max(240)
  ecvetPoints?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 600, description: 'Months a credential stays valid; omit if it never expires', example: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  validityMonths?: number;
}
