import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttendanceStatus } from '@tandem/contracts';

/** One trainee at one session; a later entry replaces the earlier. */
@Entity({ name: 'attendance' })
export class AttendanceEntity {
  @PrimaryColumn('uuid', { name: 'session_id' })
  sessionId!: string;

  @PrimaryColumn('uuid', { name: 'enrollment_id' })
  enrollmentId!: string;

  @Column('text')
  status!: AttendanceStatus;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
