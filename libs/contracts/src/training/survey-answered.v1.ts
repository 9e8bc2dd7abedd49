import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { Uuid } from './training-schemas';

/** When a trainee is asked: as the training ends, and 90 days later. */
export const SURVEY_WAVES = ['completion', 'after-90-days'] as const;
export type SurveyWave = (typeof SURVEY_WAVES)[number];

/** What the survey asks, each answered from 1 (not at all) to 5 (fully). */
export const SURVEY_QUESTIONS = ['quality', 'languageSupport', 'fairness', 'usefulness'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

/** How the trainee answered: alone by the link they were given, or in the console with their caseworker. */
export const SURVEY_CHANNELS = ['link', 'with-caseworker'] as const;

const Score = Type.Integer({ minimum: 1, maximum: 5 });

/**
 * A trainee answered a satisfaction survey. Scores and codes only: no free text and no name, so the
 * outcome figures can count answers by group without ever reading what a person wrote.
 */
export const SurveyAnsweredV1 = defineEvent({
  service: 'training',
  family: 'survey',
  name: 'survey-answered',
  version: 1,
  description:
    'A trainee answered the satisfaction survey of an enrollment (at completion, or 90 days after): four scores from 1 to 5. ' +
    'The outcome figures count them by group, small groups suppressed.',
  schema: Type.Object({
    surveyId: Uuid,
    enrollmentId: Uuid,
    programId: Uuid,
    wave: Type.Union(SURVEY_WAVES.map((wave) => Type.Literal(wave))),
    channel: Type.Union(SURVEY_CHANNELS.map((channel) => Type.Literal(channel))),
    answeredAt: Type.String({ format: 'date-time' }),
    scores: Type.Object(Object.fromEntries(SURVEY_QUESTIONS.map((question) => [question, Score])) as Record<SurveyQuestion, typeof Score>, {
      additionalProperties: false,
    }),
  }),
  example: {
    surveyId: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a',
    enrollmentId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
    programId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    wave: 'completion',
    channel: 'link',
    answeredAt: '2027-03-01T10:15:00.000Z',
    scores: { quality: 4, languageSupport: 5, fairness: 4, usefulness: 3 },
  },
});
