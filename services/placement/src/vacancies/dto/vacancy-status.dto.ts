import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
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
}
