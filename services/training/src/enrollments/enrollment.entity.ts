import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DropReason } from '@tandem/contracts';
import type { EnrollmentStatus } from './enrollment';

/** A trainee's place (or place in line) in a cohort: a participant of this node, or a referral from a partner node. */
@Entity({ name: 'enrollments' })
export class EnrollmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId!: string;

  @Column('uuid', { name: 'participant_id', nullable: true })
  participantId!: string | null;

  @Column('uuid', { name: 'referral_id', nullable: true })
  referralId!: string | null;

  @Column('text', { name: 'home_municipality' })
  homeMunicipality!: string;

  /** The name on the roster; null once a referred participant's consent is withdrawn. */
  @Column('text', { name: 'display_name', nullable: true })
  displayName!: string | null;

  @Column('text')
  status!: EnrollmentStatus;

  @Column('text', { nullable: true })
  mentor!: string | null;

  /** Waitlist order. */
  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Column('timestamptz', { name: 'enrolled_at', nullable: true })
  enrolledAt!: Date | null;

  @Column('date', { name: 'completed_on', nullable: true })
  completedOn!: string | null;

  @Column('timestamptz', { name: 'dropped_at', nullable: true })
  droppedAt!: Date | null;

  @Column('text', { name: 'drop_reason', nullable: true })
  dropReason!: DropReason | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
