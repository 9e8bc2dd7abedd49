import { type Api, ApiError } from './api-client';

/** What the satisfaction survey asks, each answered from 1 (not at all) to 5 (fully). */
export const SURVEY_QUESTIONS = ['quality', 'languageSupport', 'fairness', 'usefulness'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];
export const SCALE = [1, 2, 3, 4, 5] as const;

export type SurveyWave = 'completion' | 'after-90-days';
export type Scores = Record<SurveyQuestion, number>;
/** A title in several languages, keyed by ISO 639 code. */
export type Multilingual = Record<string, string>;

export interface SurveyAnswer {
  scores: Scores;
  /** The language the survey was answered in. */
  language: string;
}

export interface SurveyView {
  id: string;
  enrollmentId: string;
  wave: SurveyWave;
  dueOn: string;
  trainee: { participantId?: string; referralId?: string; displayName: string | null };
  programTitle: Multilingual;
  linkExpiresAt: string | null;
}

export interface SurveyLinkView {
  /** The console's address of the survey: `/survey/<token>`, shown once. */
  path: string;
  expiresAt: string;
}

/** What a survey link shows: nothing about the person. */
export interface SurveyFormView {
  wave: SurveyWave;
  programTitle: Multilingual;
  questions: SurveyQuestion[];
}

/** Why a survey link opens no form: 404 unknown, 410 answered or expired. */
export type ClosedReason = 'unknown' | 'answered' | 'expired';

export const surveys = {
  due: (api: Api) => api.get<SurveyView[]>('training', '/surveys'),
  createLink: (api: Api, id: string) => api.send<SurveyLinkView>('POST', 'training', `/surveys/${id}/link`),
  answerTogether: (api: Api, id: string, answer: SurveyAnswer) => api.send<void>('POST', 'training', `/surveys/${id}/answers`, answer),
  /** Public: no sign-in, the token is the key. */
  open: (api: Api, token: string) => api.get<SurveyFormView>('training', `/survey-links/${encodeURIComponent(token)}`),
  answerByLink: (api: Api, token: string, answer: SurveyAnswer) =>
    api.send<void>('POST', 'training', `/survey-links/${encodeURIComponent(token)}/answers`, answer),
};

/** Why the service refused a survey link, or undefined when it is some other failure. */
export function closedReason(error: unknown): ClosedReason | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.status === 404) return 'unknown';
  if (error.status !== 410) return undefined;
  return error.body.reason === 'answered' ? 'answered' : 'expired';
}
