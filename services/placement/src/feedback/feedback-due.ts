import { addDays } from '../placements/day';
import { PlacementRuleError } from '../placements/placement';

/** The employer is asked once the participant has worked there long enough to be judged: 90 days. */
export const FEEDBACK_AFTER_DAYS = 90;

export function feedbackOpensOn(startedOn: string): string {
  return addDays(startedOn, FEEDBACK_AFTER_DAYS);
}

/** Feedback is taken from 90 days after the start on; `today` is passed in so the rule stays pure. */
export function assertFeedbackDue(startedOn: string, today: string): void {
  const opensOn = feedbackOpensOn(startedOn);
  if (today < opensOn) throw new PlacementRuleError(`employer feedback is taken from ${FEEDBACK_AFTER_DAYS} days after the start, on ${opensOn}`);
}
