import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssessmentMethod } from '@tandem/contracts';
import type { Multilingual } from '@tandem/platform';

const decimalOrNull = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** What a credential attests: one training module (a micro-credential) or one program (a qualification). */
@Entity({ name: 'credential_definitions' })
export class CredentialDefinitionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: 'module' | 'program';

  /** The training module or program whose completion issues this credential; null for manual issuance only. */
  @Column('uuid', { name: 'training_id', nullable: true })
  trainingId!: string | null;

  @Column('text')
  code!: string;

  @Column('jsonb')
  name!: Multilingual;

  @Column('jsonb')
  description!: Multilingual;

  @Column('text')
  criteria!: string;

  @Column('integer', { name: 'eqf_level' })
  eqfLevel!: number;

  /** ESCO skill URIs. */
  @Column('text', { array: true })
  skills!: string[];

  /** ISCO-08 unit groups the credential prepares for. */
  @Column('text', { array: true })
  occupations!: string[];

  @Column('text', { name: 'assessment_method' })
  assessmentMethod!: AssessmentMethod;

  @Column('integer', { name: 'credit_hours', nullable: true })
  creditHours!: number | null;

  @Column('numeric', { name: 'ecvet_points', nullable: true, transformer: decimalOrNull })
  ecvetPoints!: number | null;

  /** Months a credential stays valid after issuance; null: it does not expire. */
  @Column('integer', { name: 'validity_months', nullable: true })
  validityMonths!: number | null;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
