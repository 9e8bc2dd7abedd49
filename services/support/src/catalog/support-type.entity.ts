import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SupportType } from '@tandem/contracts';
import type { SupportRules, SupportUnit } from './support-rules';

/** A kind of support the municipality offers, its unit and cost, and the rule that prices it. */
@Entity({ name: 'support_types' })
export class SupportTypeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column('text')
  kind!: SupportType;

  @Column('text')
  name!: string;

  @Column('text')
  unit!: SupportUnit;

  @Column('integer', { name: 'unit_cost_minor' })
  unitCostMinor!: number;

  @Column('text')
  currency!: string;

  @Column('jsonb')
  rules!: SupportRules;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
