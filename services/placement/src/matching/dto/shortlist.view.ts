import { ApiProperty } from '@nestjs/swagger';
import { CANDIDATE_KINDS, type CandidateKind } from '../candidate';
import type { ShortlistEntryEntity } from '../shortlist-entry.entity';
import { ComponentScoreView } from './explanation.view';

export class ReleasedIdentityView {
  @ApiProperty({ example: 'Olena K.' }) displayName!: string;
  @ApiProperty({ example: 'via Jobcenter Görlitz, Frau Nowak, +49 3581 123456' }) contact!: string;
}

/** What the employer sees: a pseudonym and why they fit; who it is only once released. */
export class ShortlistEntryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'C-7KQ2MX' }) pseudonym!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ type: [ComponentScoreView] }) explanation!: ComponentScoreView[];
  @ApiProperty({ format: 'date-time' }) shortlistedAt!: string;
  @ApiProperty({ type: ReleasedIdentityView, nullable: true, description: 'Null until released, and again once the consent behind it ended' })
  identity!: ReleasedIdentityView | null;

  static of(entry: ShortlistEntryEntity): ShortlistEntryView {
    const { id, pseudonym, score, explanation, displayName, contact } = entry;
    const identity = displayName && contact ? { displayName, contact } : null;
    return { id, pseudonym, score, explanation, shortlistedAt: entry.shortlistedAt.toISOString(), identity };
  }
}

/** What staff see: who each entry is, and when an identity was released or erased. */
export class StaffShortlistEntryView extends ShortlistEntryView {
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ enum: CANDIDATE_KINDS }) candidateKind!: CandidateKind;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) releasedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) erasedAt!: string | null;

  static ofStaff(entry: ShortlistEntryEntity): StaffShortlistEntryView {
    return {
      ...ShortlistEntryView.of(entry),
      candidateId: entry.candidateId,
      candidateKind: entry.candidateKind,
      releasedAt: entry.releasedAt?.toISOString() ?? null,
      erasedAt: entry.erasedAt?.toISOString() ?? null,
    };
  }
}
