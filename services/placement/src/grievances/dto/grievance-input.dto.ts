import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import {
  GRIEVANCE_CATEGORIES,
  GRIEVANCE_OUTCOMES,
  GRIEVANCE_STATUSES,
  GRIEVANCE_SUBJECT_TYPES,
  type GrievanceCategory,
  type GrievanceOutcome,
  type GrievanceStatus,
  type GrievanceSubjectType,
} from '../grievance';

const SENSITIVE = 'Sensitive: kept on this node, in no event and no log line';

export class FileGrievanceDto {
  @ApiProperty({ enum: GRIEVANCE_SUBJECT_TYPES })
  @IsIn(GRIEVANCE_SUBJECT_TYPES)
  subjectType!: GrievanceSubjectType;

  @ApiProperty({ format: 'uuid', description: 'The placement, the employer, or (for a selection) the vacancy' })
  @IsUUID('4')
  subjectId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Whom it concerns; required for a placement or a selection, and one of the caller’s cases' })
  @ValidateIf((body: FileGrievanceDto) => body.subjectType !== 'employer' || body.participantId !== undefined)
  @IsUUID('4')
  participantId?: string;

  @ApiProperty({ enum: GRIEVANCE_CATEGORIES })
  @IsIn(GRIEVANCE_CATEGORIES)
  category!: GrievanceCategory;

  @ApiProperty({ maxLength: 4000, description: SENSITIVE })
  @IsString()
  @Length(1, 4000)
  @Matches(/\S/, { message: 'details must contain text' })
  details!: string;

  @ApiPropertyOptional({ description: 'Admins only: keep the subject’s employer out of matching from now' })
  @IsOptional()
  @IsBoolean()
  suspendEmployer?: boolean;
}

export class AssignGrievanceDto {
  @ApiProperty({ description: 'The subject of the caseworker who handles it', example: 'caseworker-anna' })
  @IsString()
  @Length(1, 200)
  @Matches(/^\S+$/, { message: 'assignee must be a subject, without spaces' })
  assignee!: string;
}

export class ResolveGrievanceDto {
  @ApiProperty({ enum: GRIEVANCE_OUTCOMES })
  @IsIn(GRIEVANCE_OUTCOMES)
  outcome!: GrievanceOutcome;

  @ApiProperty({ maxLength: 4000, description: SENSITIVE })
  @IsString()
  @Length(1, 4000)
  @Matches(/\S/, { message: 'resolution must contain text' })
  resolution!: string;
}

export class GrievanceFilterDto {
  @ApiPropertyOptional({ enum: GRIEVANCE_STATUSES })
  @IsOptional()
  @IsIn(GRIEVANCE_STATUSES)
  status?: GrievanceStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'Only those still unresolved after their due day' })
  @IsOptional()
  // A query string is text: only the words true and false become booleans, anything else is refused.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}
