import { Column, Entity, PrimaryColumn } from 'typeorm';
import { minorUnits } from '../money';

/** What a funding source provides for a period; committed and spent are computed from entitlements and the log. */
@Entity({ name: 'budgets' })
export class BudgetEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'funding_source_id' })
  fundingSourceId!: string;

  @Column('date', { name: 'period_from' })
  periodFrom!: string;

  @Column('date', { name: 'period_to' })
  periodTo!: string;

  @Column('bigint', { name: 'amount_minor', transformer: minorUnits })
  amountMinor!: number;

  @Column('text')
  currency!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
