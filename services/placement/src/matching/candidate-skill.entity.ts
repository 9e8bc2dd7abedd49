import { Entity, PrimaryColumn, Column } from 'typeorm';
import type { SkillSource } from './candidate';

/** One piece of evidence that a candidate has a skill: a passed training module, or a credential recognition issued. */
@Entity({ name: 'candidate_skills' })
export class CandidateSkillEntity {
  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId!: string;

  /** ESCO skill URI. */
  @PrimaryColumn('text')
  skill!: string;

  @PrimaryColumn('text')
  source!: SkillSource;

  /** What evidences it: the module's or the credential's code. */
  @PrimaryColumn('text')
  reference!: string;

  @Column('date', { name: 'evidenced_on' })
  evidencedOn!: string;
}
