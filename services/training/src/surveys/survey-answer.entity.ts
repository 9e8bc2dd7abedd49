import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SurveyChannel } from './survey';

/** One answer to one survey: four scores from 1 to 5, the language it was answered in, and how. */
@Entity({ name: 'survey_answers' })
export class SurveyAnswerEntity {
  @PrimaryColumn('uuid', { name: 'survey_id' })
  surveyId!: string;

  @Column('smallint')
  quality!: number;

  @Column('smallint', { name: 'language_support' })
  languageSupport!: number;

  @Column('smallint')
  fairness!: number;

  @Column('smallint')
  usefulness!: number;

  @Column('text')
  language!: string;

  @Column('text')
  channel!: SurveyChannel;

  @Column('timestamptz', { name: 'answered_at' })
  answeredAt!: Date;
}
