import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StipendOutcome } from '@tandem/contracts';
import { minorUnits } from '../money';

const rate = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** One month's stipend under an entitlement, as computed from that month's attendance. */
@Entity({ name: 'stipends' })
export class StipendEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'entitlement_id' })
  entitlementId!: string;

  /** `YYYY-MM` */
  @Column('text')
  month!: string;

  @Column('integer')
  present!: number;

  @Column('integer')
  absent!: number;

  @Column('integer')
  excused!: number;

  @Column('numeric', { name: 'attendance_rate', nullable: true, transformer: rate })
  attendanceRate!: number | null;

  @Column('text')
  outcome!: StipendOutcome;

  @Column('bigint', { name: 'amount_minor', transformer: minorUnits })
  amountMinor!: number;

  /** The support log entry that pays it; none when the outcome is nothing. */
  @Column('uuid', { name: 'delivery_id', nullable: true })
  deliveryId!: string | null;

  @Column('text', { name: 'calculated_by' })
  calculatedBy!: string;

  @Column('timestamptz', { name: 'calculated_at' })
  calculatedAt!: Date;
}
