import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GrievanceCategory, GrievanceOutcome, GrievanceStatus, GrievanceSubjectType } from './grievance';

/** A complaint about a placement, an employer or a selection. Its details and resolution never leave the node. */
@Entity({ name: 'grievances' })
export class GrievanceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'subject_type' })
  subjectType!: GrievanceSubjectType;

  /** The placement, employer or vacancy complained about. */
  @Column('uuid', { name: 'subject_id' })
  subjectId!: string;

  /** The subject's employer, so a suspension and an employer's grievances can be found. */
  @Column('uuid', { name: 'employer_id', nullable: true })
  employerId!: string | null;

  @Column('uuid', { name: 'participant_id', nullable: true })
  participantId!: string | null;

  @Column('text')
  category!: GrievanceCategory;

  @Column('text')
  details!: string;

  @Column('boolean', { name: 'suspended_employer' })
  suspendedEmployer!: boolean;

  @Column('text')
  status!: GrievanceStatus;

  @Column('date', { name: 'due_on' })
  dueOn!: string;

  @Column('text', { name: 'filed_by' })
  filedBy!: string;

  @Column('timestamptz', { name: 'filed_at' })
  filedAt!: Date;

  @Column('text', { name: 'assigned_to', nullable: true })
  assignedTo!: string | null;

  @Column('text', { nullable: true })
  outcome!: GrievanceOutcome | null;

  @Column('text', { nullable: true })
  resolution!: string | null;

  @Column('text', { name: 'resolved_by', nullable: true })
  resolvedBy!: string | null;

  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;
}
