import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { VACANCY_STATUSES, type VacancyStatus } from '../vacancy.entity';
import { ISCO_08 } from './vacancy.dto';

export class ChangeVacancyStatusDto {
  @ApiProperty({ enum: VACANCY_STATUSES, description: 'open → filled | closed; filled → open | closed. Anything else is 409.' })
  @IsIn(VACANCY_STATUSES)
  status!: VacancyStatus;
}

export class ListVacanciesDto {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES })
  @IsOptional()
  @IsIn(VACANCY_STATUSES)
  status?: VacancyStatus;

  @ApiPropertyOptional({ description: 'ISCO-08 unit group', example: '7411' })
  @IsOptional()
  @Matches(ISCO_08, { message: 'occupation must be an ISCO-08 unit group, four digits' })
  occupation?: string;

  @ApiPropertyOptional({ type: Boolean, description: "Only the vacancies of the employers the caller is a portal user of: an employer's own" })
  @IsOptional()
  // A query string is text: only the words true and false become booleans, anything else is refused.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;
}
