import { ApiProperty } from '@nestjs/swagger';
import { CANDIDATE_KINDS, type CandidateKind } from '../candidate';
import type { Match } from '../score';
import { ComponentScoreView } from './explanation.view';

/** A ranked candidate as staff see them: by participant id, or referral id for a referred trainee. */
export class MatchView {
  @ApiProperty({ format: 'uuid', description: 'The participant id, or the referral id of a referred trainee' }) candidateId!: string;
  @ApiProperty({ enum: CANDIDATE_KINDS }) candidateKind!: CandidateKind;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.85 }) score!: number;
  @ApiProperty({ type: [ComponentScoreView] }) explanation!: ComponentScoreView[];

  static of({ candidate, score, explanation }: Match): MatchView {
    return { candidateId: candidate.id, candidateKind: candidate.kind, score, explanation };
  }
}
