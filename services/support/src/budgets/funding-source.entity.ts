import { Column, Entity, PrimaryColumn } from 'typeorm';

export const FUNDING_KINDS = ['public', 'donor', 'private-sponsor'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

@Entity({ name: 'funding_sources' })
export class FundingSourceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: FundingKind;

  @Column('text')
  name!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
