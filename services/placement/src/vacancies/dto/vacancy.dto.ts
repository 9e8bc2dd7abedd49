import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { WAGE_PERIODS, type WagePeriod } from '@tandem/contracts';
import { type LanguageRequirement, VACANCY_TYPES, type VacancyType } from '../vacancy.entity';
import { MaxDecimalPlaces } from '@tandem/platform';

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const ISCO_08 = /^[0-9]{4}$/;
const ESCO_SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_MINOR = 2_147_483_647;

/** Compared here rather than by the database, so the 400 names the field along with any other wrong one. */
function IsNotBelow(property: keyof CreateVacancyDto): PropertyDecorator {
  return ValidateBy({
    name: 'isNotBelow',
    validator: {
      validate: (value: unknown, args) => {
        const floor = (args?.object as CreateVacancyDto)[property];
        return typeof value !== 'number' || typeof floor !== 'number' || value >= floor;
      },
      defaultMessage: (args) => `${args?.property} must not be below ${property}`,
    },
  });
}

export class LanguageRequirementDto implements LanguageRequirement {
  @ApiProperty({ description: 'ISO 639 language code', example: 'de' })
  @Matches(/^[a-z]{2,3}$/, { message: 'code must be an ISO 639 code such as de or uk' })
  code!: string;

  @ApiProperty({ enum: CEFR_LEVELS, description: 'The least CEFR level that will do', example: 'A2' })
  @IsIn(CEFR_LEVELS)
  level!: string;
}

export class CreateVacancyDto {
  @ApiProperty({ format: 'uuid', description: "One of the employer's sites" })
  @IsUUID('4')
  siteId!: string;

  @ApiProperty({ maxLength: 200, example: 'Elektroniker/in Energie- und Gebäudetechnik' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'title must contain text' })
  title!: string;

  @ApiProperty({ description: 'ISCO-08 unit group', example: '7411' })
  @Matches(ISCO_08, { message: 'occupation must be an ISCO-08 unit group, four digits' })
  occupation!: string;

  @ApiProperty({ type: [String], maxItems: 50, description: 'ESCO skill URIs', example: ['http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'requiredSkills must list each skill once' })
  @Matches(ESCO_SKILL_URI, { each: true, message: 'each of requiredSkills must be an ESCO skill URI, http://data.europa.eu/esco/skill/<uuid>' })
  requiredSkills!: string[];

  @ApiProperty({ type: [LanguageRequirementDto], description: 'May be empty' })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique((language: LanguageRequirementDto) => language?.code, { message: 'languages must list each language once' })
  @ValidateNested({ each: true })
  @Type(() => LanguageRequirementDto)
  languages!: LanguageRequirementDto[];

  @ApiProperty({ minimum: 0, description: 'Minor units per wagePeriod', example: 1_450 })
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  wageMinMinor!: number;

  @ApiProperty({ minimum: 0, description: 'Minor units per wagePeriod; not below wageMinMinor', example: 1_800 })
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  @IsNotBelow('wageMinMinor')
  wageMaxMinor!: number;

  @ApiProperty({ description: 'ISO 4217', example: 'EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency!: string;

  @ApiProperty({ enum: WAGE_PERIODS })
  @IsIn(WAGE_PERIODS)
  wagePeriod!: WagePeriod;

  @ApiProperty({ minimum: 0, exclusiveMinimum: true, maximum: 80, description: 'One decimal at most', example: 40 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxDecimalPlaces(1)
  @IsPositive()
  @Max(80)
  hoursPerWeek!: number;

  @ApiProperty({ enum: VACANCY_TYPES })
  @IsIn(VACANCY_TYPES)
  type!: VacancyType;

  @ApiProperty({ minimum: 1, maximum: 1000, example: 2 })
  @IsInt()
  @Min(1)
  @Max(1000)
  openings!: number;
}
