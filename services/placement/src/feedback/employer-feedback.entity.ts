import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The employer's rating of a placement at 90 days, one per placement; a later one replaces it. */
@Entity({ name: 'employer_feedback' })
export class EmployerFeedbackEntity {
  @PrimaryColumn('uuid', { name: 'placement_id' })
  placementId!: string;

  /** Scores run 1 (poor) to 5 (excellent). */
  @Column('integer', { name: 'skills_fit' })
  skillsFit!: number;

  @Column('integer')
  reliability!: number;

  @Column('integer')
  language!: number;

  /** The employer's own words: personal data that stays on the node. */
  @Column('text', { nullable: true })
  comment!: string | null;

  /** The caseworker who took it down with the employer. */
  @Column('text', { name: 'given_by' })
  givenBy!: string;

  @Column('date', { name: 'given_on' })
  givenOn!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  /** Set when a later rating replaced the first one. */
  @Column('timestamptz', { name: 'updated_at', nullable: true })
  updatedAt!: Date | null;
}
