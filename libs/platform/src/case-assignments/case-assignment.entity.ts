import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which caseworker looks after a participant of this node, as intake announced it: who may read their records in other services. */
@Entity({ name: 'case_assignments' })
export class CaseAssignmentEntity {
  @PrimaryColumn('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text')
  caseworker!: string;

  @Column('timestamptz', { name: 'assigned_at' })
  assignedAt!: Date;
}
