import { ApiProperty } from '@nestjs/swagger';
import { GRIEVANCE_CATEGORIES, GRIEVANCE_OUTCOMES, GRIEVANCE_STATUSES, GRIEVANCE_SUBJECT_TYPES } from '../grievance';
import type { GrievanceEntity } from '../grievance.entity';

export class GrievanceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: GRIEVANCE_SUBJECT_TYPES }) subjectType!: string;
  @ApiProperty({ format: 'uuid' }) subjectId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "The subject's employer" }) employerId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) participantId!: string | null;
  @ApiProperty({ enum: GRIEVANCE_CATEGORIES }) category!: string;
  @ApiProperty() details!: string;
  @ApiProperty({ description: 'Filed with a suspension of the employer' }) suspendedEmployer!: boolean;
  @ApiProperty({ enum: GRIEVANCE_STATUSES }) status!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty() filedBy!: string;
  @ApiProperty({ format: 'date-time' }) filedAt!: string;
  @ApiProperty({ type: String, nullable: true }) assignedTo!: string | null;
  @ApiProperty({ type: String, enum: GRIEVANCE_OUTCOMES, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: String, nullable: true }) resolution!: string | null;
  @ApiProperty({ type: String, nullable: true }) resolvedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt!: string | null;

  static of(grievance: GrievanceEntity): GrievanceView {
    return { ...grievance, filedAt: grievance.filedAt.toISOString(), resolvedAt: grievance.resolvedAt?.toISOString() ?? null };
  }
}
