import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssessmentMethod } from '../catalog/catalog-types';

const decimal = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

export const ASSESSMENT_RESULTS = ['passed', 'failed'] as const;
export type AssessmentResult = (typeof ASSESSMENT_RESULTS)[number];

/** Every attempt is kept; a module is completed by the first passed one. */
@Entity({ name: 'assessments' })
export class AssessmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'enrollment_id' })
  enrollmentId!: string;

  @Column('uuid', { name: 'module_id' })
  moduleId!: string;

  @Column('text')
  result!: AssessmentResult;

  /** 0..100, when the method gives one. */
  @Column('numeric', { nullable: true, transformer: decimal })
  score!: number | null;

  @Column('text')
  method!: AssessmentMethod;

  /** The assessor's name, as it appears on the assessment record. */
  @Column('text')
  assessor!: string;

  @Column('date', { name: 'assessed_on' })
  assessedOn!: string;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
