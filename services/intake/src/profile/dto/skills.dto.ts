import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, Matches, ValidateNested } from 'class-validator';
import { ESCO_SKILL_URI } from '../../catalog/catalog';
import { PROFICIENCIES, type Proficiency, SKILL_SOURCES, type SkillEntry, type SkillSource } from '../profile';

export class SkillEntryDto implements SkillEntry {
  @ApiProperty({ description: 'ESCO skill URI from GET /catalog/skills', example: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da' })
  @Matches(ESCO_SKILL_URI, { message: 'uri must be an ESCO skill URI, http://data.europa.eu/esco/skill/<uuid>' })
  uri!: string;

  @ApiProperty({ enum: PROFICIENCIES })
  @IsIn(PROFICIENCIES)
  proficiency!: Proficiency;

  @ApiProperty({ enum: SKILL_SOURCES, description: 'How the skill is known: told by the participant, assessed, or shown by evidence' })
  @IsIn(SKILL_SOURCES)
  source!: SkillSource;
}

export class ReplaceSkillsDto {
  @ApiProperty({ type: [SkillEntryDto], description: 'The whole inventory; replaces the stored one' })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique((entry: SkillEntryDto) => entry?.uri, { message: 'skills must list each skill once' })
  @ValidateNested({ each: true })
  @Type(() => SkillEntryDto)
  skills!: SkillEntryDto[];
}

export class SkillView extends SkillEntryDto {
  @ApiProperty({ description: 'English preferred label from the catalog', example: 'operate forklift' })
  label!: string;
}

export class SkillsView {
  @ApiProperty({ type: [SkillView] }) skills!: SkillView[];
}
