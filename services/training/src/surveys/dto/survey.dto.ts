import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { SURVEY_QUESTIONS, SURVEY_WAVES, type SurveyQuestion, type SurveyWave } from '@tandem/contracts';
import { type Multilingual, MULTILINGUAL_SCHEMA } from '@tandem/platform';
import type { Scores } from '../survey';

const Score = (description: string) => applyDecorators(ApiProperty({ minimum: 1, maximum: 5, description }), IsInt(), Min(1), Max(5));

export class ScoresDto implements Scores {
  @Score('How good the training was.') quality!: number;
  @Score('How well the training helped with language.') languageSupport!: number;
  @Score('How fairly the trainee was treated.') fairness!: number;
  @Score('How useful the training is for work.') usefulness!: number;
}

/** Four scores and the language the survey was answered in; there is no place for free text. */
export class SurveyAnswerDto {
  @ApiProperty({ type: ScoresDto, description: 'Each from 1 (not at all) to 5 (fully).' })
  @ValidateNested()
  @Type(() => ScoresDto)
  scores!: ScoresDto;

  @ApiProperty({ example: 'ar', description: 'ISO 639 code of the language the survey was answered in.' })
  @Matches(/^[a-z]{2,3}$/, { message: 'language must be an ISO 639 code such as ar or uk' })
  language!: string;
}

export class SurveyTraineeView {
  @ApiPropertyOptional({ format: 'uuid', description: 'A participant of this node.' })
  participantId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A referral from a partner node.' })
  referralId?: string;

  @ApiProperty({ type: String, nullable: true, description: 'The roster name; null once a referred participant withdrew consent.' })
  displayName!: string | null;
}

export class SurveyView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  enrollmentId!: string;

  @ApiProperty({ enum: SURVEY_WAVES })
  wave!: SurveyWave;

  @ApiProperty({ format: 'date' })
  dueOn!: string;

  @ApiProperty()
  trainee!: SurveyTraineeView;

  @ApiProperty(MULTILINGUAL_SCHEMA)
  programTitle!: Multilingual;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Until when the last link made opens the survey.' })
  linkExpiresAt!: string | null;
}

export class SurveyLinkView {
  @ApiProperty({ example: '/survey/q3Jx…', description: "The console's address of the survey; shown once, only its hash is kept." })
  path!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

/** What a link shows: nothing about the person, only what the survey is about and what it asks. */
export class SurveyFormView {
  @ApiProperty({ enum: SURVEY_WAVES })
  wave!: SurveyWave;

  @ApiProperty(MULTILINGUAL_SCHEMA)
  programTitle!: Multilingual;

  @ApiProperty({ enum: SURVEY_QUESTIONS, isArray: true, description: 'Each answered from 1 (not at all) to 5 (fully).' })
  questions!: SurveyQuestion[];
}
