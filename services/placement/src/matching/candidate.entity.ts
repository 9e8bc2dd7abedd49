import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CandidateKind, LanguageHeld } from './candidate';

/**
 * Someone matching may rank: a participant of this node (from intake's registration), or a trainee
 * referred here whose consent covers employer-sharing (keyed by the referral; no one else is kept).
 */
@Entity({ name: 'match_candidates' })
export class CandidateEntity {
  /** The participant id, or for a referred trainee the referral id. */
  @PrimaryColumn('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('text')
  kind!: CandidateKind;

  /** Home municipality id, e.g. `de-goerlitz`. */
  @Column('text')
  municipality!: string;

  @Column('jsonb')
  languages!: LanguageHeld[];
}
