import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { IsCalendarDate, IsNotBefore } from './dates.validator';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class AddSessionDto {
  @ApiProperty({ format: 'date', description: "Within the cohort's dates; any weekday", example: '2026-10-03' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ description: 'Local time, HH:MM', example: '18:00' })
  @Matches(HH_MM, { message: 'startsAt must be a time, HH:MM' })
  startsAt!: string;

  @ApiProperty({ description: 'Local time, HH:MM, after startsAt', example: '21:00' })
  @Matches(HH_MM, { message: 'endsAt must be a time, HH:MM' })
  @IsNotBefore('startsAt', { strictly: true })
  endsAt!: string;

  @ApiProperty({ maxLength: 100, example: 'Workshop 2' })
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'room must contain text' })
  room!: string;

  @ApiPropertyOptional({ format: 'uuid', description: "A module of the cohort's program the session teaches" })
  @IsOptional()
  @IsUUID('4')
  moduleId?: string;
}
