import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssessmentMethod, LearningOutcome, Multilingual } from './catalog-types';

/** A unit of learning with its own assessment; several programs may share it. */
@Entity({ name: 'modules' })
export class ModuleEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column('jsonb')
  title!: Multilingual;

  @Column('integer')
  hours!: number;

  @Column('text', { name: 'assessment_method' })
  assessmentMethod!: AssessmentMethod;

  @Column('jsonb', { name: 'learning_outcomes' })
  learningOutcomes!: LearningOutcome[];

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
