import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WagePeriod } from '@tandem/contracts';

/** A placement's wage from a date on; their sequence is the wage progression. */
@Entity({ name: 'wages' })
export class WageEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'placement_id' })
  placementId!: string;

  @Column('date', { name: 'effective_on' })
  effectiveOn!: string;

  @Column('integer', { name: 'amount_minor' })
  amountMinor!: number;

  @Column('text')
  currency!: string;

  @Column('text')
  period!: WagePeriod;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
