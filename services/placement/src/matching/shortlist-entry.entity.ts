import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CandidateKind } from './candidate';
import type { ComponentScore } from './explanation';

const decimal = { to: (value: number) => value, from: (value: string) => Number(value) };

/**
 * A candidate put before a vacancy's employer under a pseudonym, with the score and explanation of
 * the moment they were shortlisted. The employer learns who it is only once the caseworker releases
 * a display name and a contact, and forgets again when the consent behind it ends.
 */
@Entity({ name: 'shortlist_entries' })
export class ShortlistEntryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'vacancy_id' })
  vacancyId!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('text', { name: 'candidate_kind' })
  candidateKind!: CandidateKind;

  /** `C-` and six random characters; unique per vacancy, telling nothing of the person. */
  @Column('text')
  pseudonym!: string;

  @Column('numeric', { transformer: decimal })
  score!: number;

  @Column('jsonb')
  explanation!: ComponentScore[];

  @Column('text', { name: 'shortlisted_by' })
  shortlistedBy!: string;

  @Column('timestamptz', { name: 'shortlisted_at' })
  shortlistedAt!: Date;

  @Column('text', { name: 'display_name', nullable: true })
  displayName!: string | null;

  @Column('text', { nullable: true })
  contact!: string | null;

  @Column('text', { name: 'released_by', nullable: true })
  releasedBy!: string | null;

  @Column('timestamptz', { name: 'released_at', nullable: true })
  releasedAt!: Date | null;

  /** When a released identity was erased because the consent (or the referral) behind it ended. */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;
}
