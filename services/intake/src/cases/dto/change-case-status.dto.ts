import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CASE_STATUSES, type CaseStatus } from '../case';

export class ChangeCaseStatusDto {
  @ApiProperty({
    enum: CASE_STATUSES,
    description: 'open → on_hold | closed; on_hold → open | closed; closed → open. The current status again is a no-op.',
  })
  @IsIn(CASE_STATUSES)
  status!: CaseStatus;
}
