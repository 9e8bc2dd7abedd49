import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '@tandem/platform';
import { CASE_STATUSES, type CaseStatus } from '../case';

export class ListCasesDto extends PageQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({
    description: 'Token subject of a caseworker. Admins only: a caseworker naming anyone but themselves gets 403.',
    example: 'caseworker-anna',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  assignedTo?: string;
}
