import { Column, Entity, PrimaryColumn } from 'typeorm';

export const CASE_STATUSES = ['open', 'on_hold', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A participant's case on this node: who looks after them. Never leaves the node. */
@Entity({ name: 'cases' })
export class CaseEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  /** Token subject of the caseworker responsible for the participant. */
  @Column('text', { name: 'assigned_caseworker' })
  assignedCaseworker!: string;

  @Column('text')
  status!: CaseStatus;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;
}
