import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DROP_REASONS } from '@tandem/contracts';
import { ENROLLMENT_STATUSES } from '../enrollment';
import type { EnrollmentEntity } from '../enrollment.entity';
import { traineeRef } from '../training-events';

export class TraineeView {
  @ApiPropertyOptional({ format: 'uuid', description: 'A participant of this node.' })
  participantId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A referral from a partner node.' })
  referralId?: string;

  @ApiProperty({ example: 'de-goerlitz' })
  homeMunicipality!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The roster name; null once a referred participant withdrew consent.' })
  displayName!: string | null;
}

export class EnrollmentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  cohortId!: string;

  @ApiProperty()
  trainee!: TraineeView;

  @ApiProperty({ enum: ENROLLMENT_STATUSES })
  status!: string;

  @ApiProperty({ type: String, nullable: true })
  mentor!: string | null;

  @ApiProperty({ format: 'date-time', description: 'When the place was asked for: the waitlist order.' })
  requestedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  enrolledAt!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  completedOn!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  droppedAt!: string | null;

  @ApiProperty({ type: String, enum: DROP_REASONS, nullable: true })
  dropReason!: string | null;

  static of(enrollment: EnrollmentEntity): EnrollmentView {
    return {
      id: enrollment.id,
      cohortId: enrollment.cohortId,
      trainee: { ...traineeRef(enrollment), displayName: enrollment.displayName },
      status: enrollment.status,
      mentor: enrollment.mentor,
      requestedAt: enrollment.requestedAt.toISOString(),
      enrolledAt: enrollment.enrolledAt?.toISOString() ?? null,
      completedOn: enrollment.completedOn,
      droppedAt: enrollment.droppedAt?.toISOString() ?? null,
      dropReason: enrollment.dropReason,
    };
  }
}

export class CompletedModuleView {
  @ApiProperty({ format: 'uuid' })
  moduleId!: string;

  @ApiProperty({ example: 'WLD-101' })
  code!: string;

  @ApiProperty({ format: 'date' })
  completedOn!: string;
}

export class AttendanceTallyView {
  @ApiProperty()
  present!: number;

  @ApiProperty()
  absent!: number;

  @ApiProperty()
  excused!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'present / (present + absent), 0..1; excused absences count neither way.' })
  rate!: number | null;
}

export class MonthlyAttendanceView extends AttendanceTallyView {
  @ApiProperty({ example: '2026-12' })
  month!: string;
}

/** One enrollment with where the trainee stands. */
export class EnrollmentProgressView extends EnrollmentView {
  @ApiProperty({ type: [CompletedModuleView] })
  modulesCompleted!: CompletedModuleView[];

  @ApiProperty({ description: 'Required modules of the program, completed or not.' })
  modulesRequired!: number;

  @ApiProperty({ type: AttendanceTallyView, description: 'Over every session with attendance recorded.' })
  attendance!: AttendanceTallyView;

  @ApiProperty({ type: [MonthlyAttendanceView] })
  attendanceByMonth!: MonthlyAttendanceView[];
}
