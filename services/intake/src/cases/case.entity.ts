import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Case, CaseStatus } from './case';

@Entity({ name: 'cases' })
export class CaseEntity implements Case {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text', { name: 'assigned_caseworker' })
  assignedCaseworker!: string;

  @Column('text')
  status!: CaseStatus;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;
}
