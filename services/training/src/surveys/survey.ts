import type { SURVEY_CHANNELS, SurveyQuestion, SurveyWave } from '@tandem/contracts';

export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];
export type Scores = Record<SurveyQuestion, number>;

const DAY_MS = 86_400_000;
/** How long a link opens the survey; a caseworker can renew it. */
export const LINK_DAYS = 30;

/** What decides whether a survey may be answered now. */
export interface SurveyState {
  dueOn: string;
  answeredAt: Date | null;
  linkExpiresAt: Date | null;
}

/** The survey cannot be answered yet: its wave is not due. */
export class SurveyNotDueError extends Error {
  override readonly name = 'SurveyNotDueError';
}

/** The survey or its link is closed for good: answered, or the link expired. */
export class SurveyClosedError extends Error {
  override readonly name = 'SurveyClosedError';
  constructor(readonly reason: 'answered' | 'expired') {
    super(reason === 'answered' ? 'this survey has already been answered' : 'this survey link has expired; ask for a new one');
  }
}

/** The two waves of a completed training: as it ends, and 90 days later. */
export function wavesOf(completedOn: string): Array<{ wave: SurveyWave; dueOn: string }> {
  return [
    { wave: 'completion', dueOn: completedOn },
    { wave: 'after-90-days', dueOn: dayAfter(completedOn, 90) },
  ];
}

/** Due and not yet answered: a link may be made and an answer taken. Answered wins over not due. */
export function assertOpen(survey: SurveyState, now: Date): void {
  if (survey.answeredAt) throw new SurveyClosedError('answered');
  if (survey.dueOn > dayOf(now)) throw new SurveyNotDueError(`this survey is due on ${survey.dueOn}`);
}

/** A link answers only while it lives; whoever holds an expired one asks for a new one. */
export function assertLinkOpen(survey: SurveyState, now: Date): void {
  assertOpen(survey, now);
  if (!survey.linkExpiresAt || survey.linkExpiresAt <= now) throw new SurveyClosedError('expired');
}

export function linkExpiry(now: Date): Date {
  return new Date(now.getTime() + LINK_DAYS * DAY_MS);
}

export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function dayAfter(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}
