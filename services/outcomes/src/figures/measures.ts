import { DROP_REASONS, SURVEY_QUESTIONS, SURVEY_WAVES, type SurveyWave } from '@tandem/contracts';
import { PLACEMENT_WINDOWS, RETENTION_DAYS, type EnrollmentOutcome } from './outcome-rules';

/** One figure's value for a group of enrolments, per detail (a drop-out reason, a currency) where it has them. */
export interface Measured {
  detail?: string;
  n: number;
  value: number | null;
}

/**
 * How two towns' cells of a figure make the region's: counts add up, rates and means weigh each town's
 * value by its `n`; a median cannot be made from medians, so a figure without it is not combined.
 */
export type Combination = 'sum' | 'weighted-mean';

export interface Figure {
  name: string;
  combine?: Combination;
  measure(outcomes: readonly EnrollmentOutcome[], details: FigureDetails): Measured[];
}

/** Details that must be the same in every cell of a figure, whatever its breakdown: e.g. every currency seen. */
export interface FigureDetails {
  currencies: string[];
}

const ratio = (hits: number, base: number): number | null => (base === 0 ? null : Math.round((hits / base) * 10_000) / 10_000);

function rate(outcomes: readonly EnrollmentOutcome[], pick: (outcome: EnrollmentOutcome) => boolean | null): Measured {
  const known = outcomes.map(pick).filter((value): value is boolean => value !== null);
  return { n: known.length, value: ratio(known.filter(Boolean).length, known.length) };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(value * 10_000) / 10_000;
}

function supportCostPerCompleter(outcomes: readonly EnrollmentOutcome[], { currencies }: FigureDetails): Measured[] {
  const completers = outcomes.filter((outcome) => outcome.completed).length;
  return currencies.map((currency) => {
    const total = outcomes.reduce((sum, outcome) => sum + (outcome.supportCost[currency] ?? 0), 0);
    return { detail: currency, n: completers, value: completers === 0 ? null : Math.round(total / completers) };
  });
}

/** The mean score of each question, to two decimals, over the enrolments whose trainee answered the wave. */
function satisfaction(wave: SurveyWave): Figure {
  return {
    name: `satisfaction-${wave === 'completion' ? 'at-completion' : wave}`,
    combine: 'weighted-mean',
    measure: (outcomes) => {
      const answers = outcomes.flatMap((outcome) => outcome.satisfaction[wave] ?? []);
      return SURVEY_QUESTIONS.map((question) => {
        const total = answers.reduce((sum, scores) => sum + scores[question], 0);
        return { detail: question, n: answers.length, value: answers.length === 0 ? null : Math.round((total / answers.length) * 100) / 100 };
      });
    },
  };
}

/** Every figure of a node, in the order the document lists them. */
export const FIGURES: readonly Figure[] = [
  { name: 'enrolments', combine: 'sum', measure: (outcomes) => [{ n: outcomes.length, value: outcomes.length }] },
  { name: 'completion-rate', combine: 'weighted-mean', measure: (outcomes) => [rate(outcomes, (outcome) => (outcome.ended ? outcome.completed : null))] },
  {
    name: 'drop-outs',
    combine: 'sum',
    measure: (outcomes) =>
      DROP_REASONS.map((reason) => {
        const count = outcomes.filter((outcome) => outcome.dropReason === reason).length;
        return { detail: reason, n: count, value: count };
      }),
  },
  ...PLACEMENT_WINDOWS.map((days) => ({
    name: `placement-within-${days}-days`,
    combine: 'weighted-mean' as const,
    measure: (outcomes: readonly EnrollmentOutcome[]) => [rate(outcomes, (outcome) => outcome.placedWithin[days])],
  })),
  ...RETENTION_DAYS.map((days) => ({
    name: `retention-${days}-days`,
    combine: 'weighted-mean' as const,
    measure: (outcomes: readonly EnrollmentOutcome[]) => [rate(outcomes, (outcome) => outcome.retained[days])],
  })),
  {
    name: 'median-wage-progression',
    measure: (outcomes) => {
      const values = outcomes.map((outcome) => outcome.wageProgression).filter((value): value is number => value !== null);
      return [{ n: values.length, value: median(values) }];
    },
  },
  { name: 'support-cost-per-completer', combine: 'weighted-mean', measure: supportCostPerCompleter },
  ...SURVEY_WAVES.map(satisfaction),
];
