import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CATALOG_LANGUAGES, type CatalogLanguage, ESCO_SKILL_URI, type EscoSkill, type IscoOccupation, type SkillHit } from '../catalog';

export class SearchSkillsQuery {
  @ApiPropertyOptional({ description: 'Text to find in the skill label, case-insensitive; empty lists from the start', example: 'weld' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q = '';

  @ApiPropertyOptional({ enum: CATALOG_LANGUAGES, default: 'en' })
  @IsOptional()
  @IsIn(CATALOG_LANGUAGES)
  lang: CatalogLanguage = 'en';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

export class LookupSkillQuery {
  @ApiProperty({ description: 'ESCO skill concept URI', example: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da' })
  @Matches(ESCO_SKILL_URI, { message: 'uri must be an ESCO skill URI, http://data.europa.eu/esco/skill/<uuid>' })
  uri!: string;
}

export class SearchOccupationsQuery {
  @ApiPropertyOptional({ description: 'Text to find in the title, or the start of an ISCO-08 code', example: 'weld' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q = '';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

export class SkillHitView implements SkillHit {
  @ApiProperty({ example: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da' }) uri!: string;
  @ApiProperty({ example: 'operate forklift' }) label!: string;
  @ApiProperty({ enum: CATALOG_LANGUAGES, description: 'Language of `label`; English where the asked language has none' }) lang!: CatalogLanguage;
  @ApiProperty({ example: 'logistics' }) domain!: string;
}

export class SkillLabelsView {
  @ApiProperty() en!: string;
  @ApiPropertyOptional() de?: string;
  @ApiPropertyOptional() pl?: string;
}

export class SkillView implements EscoSkill {
  @ApiProperty() uri!: string;
  @ApiProperty() domain!: string;
  @ApiProperty({ type: SkillLabelsView }) labels!: SkillLabelsView;
}

export class OccupationView implements IscoOccupation {
  @ApiProperty({ example: '7212' }) code!: string;
  @ApiProperty({ example: 'Welders and Flame Cutters' }) title!: string;
}
