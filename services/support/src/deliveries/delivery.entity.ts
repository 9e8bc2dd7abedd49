import { Column, Entity, PrimaryColumn } from 'typeorm';
import { minorUnits } from '../money';

const decimal = { to: (value: number) => value, from: (value: string) => Number(value) };

/** One entry of the support log: what was delivered under an entitlement, and what it cost. */
@Entity({ name: 'deliveries' })
export class DeliveryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'entitlement_id' })
  entitlementId!: string;

  @Column('date')
  date!: string;

  @Column('numeric', { transformer: decimal })
  units!: number;

  @Column('bigint', { name: 'amount_minor', transformer: minorUnits })
  amountMinor!: number;

  /** Who delivered it: a childminder, a bus company, a counselling service. */
  @Column('text')
  provider!: string;

  /** The social worker's note (for psychosocial care, the session note): sensitive, social workers only. */
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
