import type { RetentionCheckpointDays, SurveyQuestion, SurveyWave } from '@tandem/contracts';
import { addDays } from './days';
import type { EnrollmentFact, PlacementFact, SupportCostFact, SurveyFact, WageFact } from './outcome-facts';

/** Windows after completion in which a placement counts, and the checkpoints retention is measured at. */
export const PLACEMENT_WINDOWS = [90, 180] as const;
export type PlacementWindow = (typeof PLACEMENT_WINDOWS)[number];
export const RETENTION_DAYS = [90, 180, 365] as const satisfies readonly RetentionCheckpointDays[];
export type RetentionDays = (typeof RETENTION_DAYS)[number];

/** Null wherever the enrolment does not count for a figure (yet): the figure's base leaves it out. */
export interface EnrollmentOutcome {
  ended: boolean;
  completed: boolean;
  dropReason: string | null;
  placedWithin: Record<PlacementWindow, boolean | null>;
  retained: Record<RetentionDays, boolean | null>;
  wageProgression: number | null;
  /** Support delivered while the trainee was enrolled, minor units per currency. */
  supportCost: Record<string, number>;
  /** The trainee's answer to each survey wave they answered. */
  satisfaction: Partial<Record<SurveyWave, Record<SurveyQuestion, number>>>;
}

/**
 * Placed within `days` of completion: a placement started on the day of completion up to `days` days
 * after it, both included. Null until the window has passed (as of `asOf`), for an enrolment not
 * completed, and for a referred trainee (placed, if at all, at their home node).
 */
export function placedWithin(enrollment: EnrollmentFact, placements: readonly PlacementFact[], days: number, asOf: string): boolean | null {
  const completed = enrollment.completedOn;
  if (!completed || !enrollment.participantId || addDays(completed, days) > asOf) return null;
  const last = addDays(completed, days);
  return placements.some((placement) => placement.startedOn !== null && placement.startedOn >= completed && placement.startedOn <= last);
}

/** The first placement after completion that counts for the longest window: retention and wages are measured on it. */
export function outcomePlacement(enrollment: EnrollmentFact, placements: readonly PlacementFact[]): PlacementFact | undefined {
  const completed = enrollment.completedOn;
  if (!completed || !enrollment.participantId) return undefined;
  const last = addDays(completed, Math.max(...PLACEMENT_WINDOWS));
  return placements
    .filter((placement) => placement.startedOn !== null && placement.startedOn >= completed && placement.startedOn <= last)
    .sort((a, b) => (a.startedOn as string).localeCompare(b.startedOn as string) || a.placementId.localeCompare(b.placementId))[0];
}

/**
 * Still in the placement `days` after its start: what the checkpoint recorded, else whether it had not
 * ended before then. Null until that day has come.
 */
export function retainedAt(placement: PlacementFact | undefined, days: RetentionDays, asOf: string): boolean | null {
  if (!placement?.startedOn || addDays(placement.startedOn, days) > asOf) return null;
  const recorded = placement.checkpoints[days];
  if (recorded !== undefined) return recorded;
  return placement.endedOn === null || placement.endedOn >= addDays(placement.startedOn, days);
}

/** The latest wage in force on `asOf` over the first; null when currency or period changed, or there is nothing to compare. */
export function wageProgression(wages: readonly WageFact[], asOf: string): number | null {
  const known = wages.filter((wage) => wage.effectiveOn <= asOf);
  const first = known[0];
  const latest = known.at(-1);
  if (!first || !latest || first.amountMinor === 0) return null;
  if (first.currency !== latest.currency || first.period !== latest.period) return null;
  return Math.round((latest.amountMinor / first.amountMinor) * 10_000) / 10_000;
}

/** Support delivered from confirmation until the enrolment ended (or `asOf`), per currency. */
export function supportCostDuring(enrollment: EnrollmentFact, deliveries: readonly SupportCostFact[], asOf: string): Record<string, number> {
  const from = enrollment.confirmedOn;
  const until = enrollment.completedOn ?? enrollment.droppedOn ?? asOf;
  const cost: Record<string, number> = {};
  if (!from) return cost;
  for (const delivery of deliveries) {
    if (delivery.deliveredOn < from || delivery.deliveredOn > until) continue;
    cost[delivery.currency] = (cost[delivery.currency] ?? 0) + delivery.amountMinor;
  }
  return cost;
}

/** One answer per wave: should a wave have been answered twice, the first the read model lists counts. */
export function satisfactionOf(surveys: readonly SurveyFact[]): EnrollmentOutcome['satisfaction'] {
  const answers: EnrollmentOutcome['satisfaction'] = {};
  for (const survey of surveys) answers[survey.wave] ??= survey.scores;
  return answers;
}

export interface EnrollmentEvidence {
  placements: readonly PlacementFact[];
  deliveries: readonly SupportCostFact[];
  surveys: readonly SurveyFact[];
}

export function outcomeOf(enrollment: EnrollmentFact, { placements, deliveries, surveys }: EnrollmentEvidence, asOf: string): EnrollmentOutcome {
  const completed = enrollment.completedOn !== null && enrollment.completedOn <= asOf;
  const dropped = !completed && enrollment.droppedOn !== null && enrollment.droppedOn <= asOf;
  const placement = outcomePlacement(enrollment, placements);
  return {
    ended: completed || dropped,
    completed,
    dropReason: dropped ? enrollment.dropReason : null,
    placedWithin: { 90: placedWithin(enrollment, placements, 90, asOf), 180: placedWithin(enrollment, placements, 180, asOf) },
    retained: { 90: retainedAt(placement, 90, asOf), 180: retainedAt(placement, 180, asOf), 365: retainedAt(placement, 365, asOf) },
    wageProgression: placement ? wageProgression(placement.wages, asOf) : null,
    supportCost: supportCostDuring(enrollment, deliveries, asOf),
    satisfaction: satisfactionOf(surveys),
  };
}
