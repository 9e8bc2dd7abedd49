import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const ISCO = /^[0-9]{4}$/;
const ISCO_MESSAGE = 'must be an ISCO-08 unit group of four digits';
// A party is an ISO 3166-1 alpha-2 country ("PL") or a municipality id of the federation ("pl-zgorzelec").
const PARTY = /^([A-Z]{2}|[a-z]{2}-[a-z0-9-]+)$/;
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const DAY = { strict: true };
const Text = (max: number) => applyDecorators(IsString(), Length(1, max), Matches(/\S/, { message: '$property must contain text' }));

export class RuleSourceDto {
  @ApiProperty({ enum: ['credential', 'qualification'], description: 'A credential of the issuing side, or a foreign qualification' })
  @IsIn(['credential', 'qualification'])
  kind!: 'credential' | 'qualification';

  @ApiPropertyOptional({ example: 'pl-zgorzelec', description: 'For a credential: the issuing municipality id, or its country' })
  @ValidateIf((source: RuleSourceDto) => source.kind === 'credential')
  @Matches(PARTY, { message: 'issuer must be an ISO country code or a municipality id' })
  issuer?: string;

  @ApiPropertyOptional({ example: 'PL', description: 'For a foreign qualification: the awarding country' })
  @ValidateIf((source: RuleSourceDto) => source.kind === 'qualification')
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;

  @ApiPropertyOptional({ example: 'WLD-101', description: "The credential definition's code, or the qualification's code" })
  @ValidateIf((source: RuleSourceDto) => source.kind === 'credential' || source.code !== undefined)
  @Text(80)
  code?: string;

  @ApiPropertyOptional({ example: 'Spawacz', description: 'For a qualification without a code: its name' })
  @ValidateIf((source: RuleSourceDto) => source.kind === 'qualification' && (source.code === undefined || source.name !== undefined))
  @Text(200)
  name?: string;
}

export class RuleTargetDto {
  @ApiProperty({ example: 'Schweißer/in (MAG)' })
  @Text(200)
  name!: string;

  @ApiPropertyOptional({ example: '7212' })
  @IsOptional()
  @Matches(ISCO, { message: `occupation ${ISCO_MESSAGE}` })
  occupation?: string;

  @ApiProperty({ minimum: 1, maximum: 8, example: 3 })
  @IsInt()
  @Min(1)
  @Max(8)
  eqfLevel!: number;
}

export class LanguageConditionDto {
  @ApiProperty({ example: 'de', description: 'ISO 639-1 language code' })
  @Matches(/^[a-z]{2}$/, { message: 'code must be an ISO 639-1 language code' })
  code!: string;

  @ApiProperty({ enum: CEFR })
  @IsIn(CEFR)
  cefr!: string;
}

export class RuleConditionsDto {
  @ApiPropertyOptional({ type: [String], example: ['DE-SAFE-01'], description: 'Codes of modules still to complete' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Length(1, 40, { each: true })
  modules?: string[];

  @ApiPropertyOptional({ type: LanguageConditionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LanguageConditionDto)
  language?: LanguageConditionDto;
}

export class AgreementRuleDto {
  @ApiProperty({ type: RuleSourceDto })
  @ValidateNested()
  @Type(() => RuleSourceDto)
  source!: RuleSourceDto;

  @ApiProperty({ type: RuleTargetDto })
  @ValidateNested()
  @Type(() => RuleTargetDto)
  target!: RuleTargetDto;

  @ApiProperty({ enum: ['full', 'conditional'] })
  @IsIn(['full', 'conditional'])
  outcome!: 'full' | 'conditional';

  @ApiPropertyOptional({ type: RuleConditionsDto, description: 'Required for a conditional outcome' })
  @ValidateIf((rule: AgreementRuleDto) => rule.outcome === 'conditional' || rule.conditions !== undefined)
  @IsDefined({ message: 'conditions are required for a conditional outcome' })
  @ValidateNested()
  @Type(() => RuleConditionsDto)
  conditions?: RuleConditionsDto;
}

export class AgreementScopeDto {
  @ApiProperty({ type: [String], example: ['7212'], description: 'ISCO-08 unit groups; empty: all' })
  @IsArray()
  @ArrayUnique()
  @Matches(ISCO, { each: true, message: `each of occupations ${ISCO_MESSAGE}` })
  occupations!: string[];

  @ApiProperty({ type: [Number], example: [3, 4], description: 'EQF levels; empty: all' })
  @IsArray()
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(8, { each: true })
  eqfLevels!: number[];
}

export class CreateAgreementDto {
  @ApiProperty({ example: 'pl-de-welding', description: 'Shared by every version of the same agreement' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'agreementKey must be lower-case letters, digits and dashes' })
  agreementKey!: string;

  @ApiProperty({ example: 'Polish-German agreement on welding qualifications' })
  @Text(200)
  name!: string;

  @ApiProperty({ type: [String], example: ['PL', 'DE'] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'parties must list each party once' })
  @Matches(PARTY, { each: true, message: 'each of parties must be an ISO country code or a municipality id' })
  parties!: string[];

  @ApiProperty({ format: 'date', example: '2027-01-01' })
  @IsDateString(DAY)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a date, YYYY-MM-DD' })
  effectiveFrom!: string;

  @ApiProperty({ format: 'date', nullable: true, example: null, description: 'Exclusive; null: until replaced' })
  @ValidateIf((body: CreateAgreementDto) => body.effectiveTo !== null)
  @IsDateString(DAY)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveTo must be a date, YYYY-MM-DD, or null' })
  effectiveTo!: string | null;

  @ApiProperty({ type: AgreementScopeDto })
  @ValidateNested()
  @Type(() => AgreementScopeDto)
  scope!: AgreementScopeDto;

  @ApiProperty({ type: [AgreementRuleDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AgreementRuleDto)
  rules!: AgreementRuleDto[];
}
