import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO31661Alpha2, IsOptional, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { EARLIEST_YEAR, type WorkExperienceEntry } from '../profile';

export class WorkExperienceEntryDto implements WorkExperienceEntry {
  @ApiProperty({ description: 'ISCO-08 unit group from GET /catalog/occupations', example: '7411' })
  @Matches(/^\d{4}$/, { message: 'occupation must be a 4-digit ISCO-08 unit group such as 7411' })
  occupation!: string;

  @ApiProperty({ maxLength: 200, description: 'Job title as the participant held it', example: 'Electrician' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 country code', example: 'UA' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an upper-case ISO 3166-1 alpha-2 code such as UA' })
  @IsISO31661Alpha2()
  country!: string;

  @ApiProperty({ minimum: EARLIEST_YEAR, example: 2012 })
  @IsInt()
  @Min(EARLIEST_YEAR)
  fromYear!: number;

  @ApiPropertyOptional({ description: 'Absent while ongoing; not before fromYear, not after the current year', example: 2021 })
  @IsOptional()
  @IsInt()
  @Min(EARLIEST_YEAR)
  toYear?: number;
}

export class ReplaceWorkExperienceDto {
  @ApiProperty({ type: [WorkExperienceEntryDto], description: 'The whole list; replaces the stored one' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WorkExperienceEntryDto)
  workExperience!: WorkExperienceEntryDto[];
}

export class WorkExperienceView extends WorkExperienceEntryDto {
  @ApiProperty({ description: 'ILO title of the unit group', example: 'Building and Related Electricians' })
  occupationTitle!: string;
}

export class WorkExperiencesView {
  @ApiProperty({ type: [WorkExperienceView] }) workExperience!: WorkExperienceView[];
}
