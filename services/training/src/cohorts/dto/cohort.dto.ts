import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate, IsNotBefore } from './dates.validator';

const A_NAME = /^\S(.*\S)?$/;

export class CreateCohortDto {
  @ApiProperty({ maxLength: 200, example: 'Autumn evenings' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must contain text' })
  name!: string;

  @ApiProperty({ format: 'date', example: '2026-09-01' })
  @IsCalendarDate()
  startsOn!: string;

  @ApiProperty({ format: 'date', description: 'On or after startsOn', example: '2026-12-20' })
  @IsCalendarDate()
  @IsNotBefore('startsOn')
  endsOn!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, description: "Default: the program's capacity", example: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity?: number;

  @ApiProperty({ type: [String], description: 'Names of the trainers; at least one', example: ['Jan Kowalski'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'trainers must list each name once' })
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @Matches(A_NAME, { each: true, message: 'each of trainers must be a name without leading or trailing spaces' })
  trainers!: string[];

  // No @IsOptional: it would let an explicit null through; an omitted list stays empty.
  @ApiPropertyOptional({ type: [String], description: 'Names of the mentors; may be empty', example: ['Marek Nowak'] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'mentors must list each name once' })
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @Matches(A_NAME, { each: true, message: 'each of mentors must be a name without leading or trailing spaces' })
  mentors: string[] = [];
}
