import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgreementRule, AgreementScope } from './agreement';

/** One version of a mutual recognition agreement; versions share `agreementKey` and never overlap in time. */
@Entity({ name: 'recognition_agreements' })
export class AgreementEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'agreement_key' })
  agreementKey!: string;

  /** 1 for the first version of a key, then one more for each version recorded. */
  @Column('integer')
  version!: number;

  @Column('text')
  name!: string;

  /** ISO country codes or municipality ids. */
  @Column('text', { array: true })
  parties!: string[];

  @Column('date', { name: 'effective_from' })
  effectiveFrom!: string;

  @Column('date', { name: 'effective_to', nullable: true })
  effectiveTo!: string | null;

  @Column('jsonb')
  scope!: AgreementScope;

  @Column('jsonb')
  rules!: AgreementRule[];

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
