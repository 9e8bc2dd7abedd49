import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SupportEndReason } from '@tandem/contracts';
import { minorUnits } from '../money';

export const ENTITLEMENT_STATUSES = ['pending-approval', 'approved', 'rejected', 'ended'] as const;
export type EntitlementStatus = (typeof ENTITLEMENT_STATUSES)[number];

/** A trainee's grant of one support type for a period, capped, charged to one budget. */
@Entity({ name: 'entitlements' })
export class EntitlementEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('uuid', { name: 'support_type_id' })
  supportTypeId!: string;

  @Column('uuid', { name: 'budget_id' })
  budgetId!: string;

  @Column('date', { name: 'period_from' })
  periodFrom!: string;

  @Column('date', { name: 'period_to' })
  periodTo!: string;

  @Column('bigint', { name: 'cap_minor', transformer: minorUnits })
  capMinor!: number;

  @Column('integer', { name: 'cap_units', nullable: true })
  capUnits!: number | null;

  @Column('text')
  currency!: string;

  @Column('text')
  status!: EntitlementStatus;

  /** Why the trainee needs it: sensitive, for the node's social workers only, never in an event or log. */
  @Column('text')
  reason!: string;

  @Column('text', { name: 'requested_by' })
  requestedBy!: string;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Column('text', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @Column('text', { name: 'end_reason', nullable: true })
  endReason!: SupportEndReason | null;
}
