import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which caseworker looks after a local participant, as intake announced it: who may read their enrollments. */
@Entity({ name: 'case_assignments' })
export class CaseAssignmentEntity {
  @PrimaryColumn('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text')
  caseworker!: string;

  @Column('timestamptz', { name: 'assigned_at' })
  assignedAt!: Date;
}
