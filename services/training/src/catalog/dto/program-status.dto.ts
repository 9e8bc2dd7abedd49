import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PROGRAM_STATUSES, type ProgramStatus } from '../catalog-types';

export class ChangeProgramStatusDto {
  @ApiProperty({ enum: PROGRAM_STATUSES, description: 'draft → open (needs a required module) | closed; open → closed. Anything else is 409.' })
  @IsIn(PROGRAM_STATUSES)
  status!: ProgramStatus;
}

export class ListProgramsDto {
  @ApiPropertyOptional({ enum: PROGRAM_STATUSES })
  @IsOptional()
  @IsIn(PROGRAM_STATUSES)
  status?: ProgramStatus;
}
