import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO31661Alpha2, IsOptional, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { EARLIEST_YEAR, type EducationEntry, ISCED_LEVELS } from '../profile';

export class EducationEntryDto implements EducationEntry {
  @ApiProperty({ enum: ISCED_LEVELS, description: 'ISCED 2011 level, 0 to 8', example: 3 })
  @IsInt()
  @IsIn(ISCED_LEVELS)
  level!: number;

  @ApiProperty({ maxLength: 200, example: 'Electrical installation' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'field must not be blank' })
  field!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 country code', example: 'UA' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an upper-case ISO 3166-1 alpha-2 code such as UA' })
  @IsISO31661Alpha2()
  country!: string;

  @ApiPropertyOptional({ minimum: EARLIEST_YEAR, description: 'Not after the current year', example: 2015 })
  @IsOptional()
  @IsInt()
  @Min(EARLIEST_YEAR)
  completedYear?: number;

  @ApiPropertyOptional({ description: 'Whether a recognition body has recognised the qualification here' })
  @IsOptional()
  @IsBoolean()
  recognised?: boolean;
}

export class ReplaceEducationDto {
  @ApiProperty({ type: [EducationEntryDto], description: 'The whole list; replaces the stored one' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => EducationEntryDto)
  education!: EducationEntryDto[];
}

export class EducationView {
  @ApiProperty({ type: [EducationEntryDto] }) education!: EducationEntryDto[];
}
