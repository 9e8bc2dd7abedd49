import { BREAKDOWNS } from './breakdowns';
import { type Cell, suppress, type Tally } from './cells';
import { FIGURES, type FigureDetails } from './measures';
import type { EnrollmentFact, OutcomeFacts } from './outcome-facts';
import { type EnrollmentOutcome, outcomeOf } from './outcome-rules';

export interface FiguresQuery {
  /** The day the figures are computed for (YYYY-MM-DD): windows not yet passed by then do not count. */
  asOf: string;
  /** Enrolments confirmed from `from` to `to`, both included. */
  from?: string;
  to?: string;
  programId?: string;
}

export interface FigureTable {
  figure: string;
  /** A drop-out reason or a currency, for figures that have them. */
  detail: string | null;
  breakdown: string;
  cells: Cell[];
}

/** Aggregates only: no participant, enrolment or placement id is ever part of it. */
export interface Figures {
  municipality: string;
  asOf: string;
  from: string | null;
  to: string | null;
  programId: string | null;
  minCell: number;
  tables: FigureTable[];
}

function selected(enrollment: EnrollmentFact, query: FiguresQuery): boolean {
  const confirmed = enrollment.confirmedOn;
  if (!confirmed || confirmed > query.asOf) return false;
  if ((query.from && confirmed < query.from) || (query.to && confirmed > query.to)) return false;
  return !query.programId || enrollment.programId === query.programId;
}

/** The node's figures from its facts: pure, so the same facts and query always give the same figures. */
export function computeFigures(facts: OutcomeFacts, query: FiguresQuery, node: { municipality: string; minCell: number }): Figures {
  const enrollments = facts.enrollments.filter((enrollment) => selected(enrollment, query));
  const outcomes = new Map<EnrollmentFact, EnrollmentOutcome>();
  for (const enrollment of enrollments) {
    const id = enrollment.participantId;
    const evidence = {
      placements: (id && facts.placementsByParticipant.get(id)) || [],
      deliveries: (id && facts.supportByParticipant.get(id)) || [],
      surveys: facts.surveysByEnrollment.get(enrollment.enrollmentId) ?? [],
    };
    outcomes.set(enrollment, outcomeOf(enrollment, evidence, query.asOf));
  }
  const details: FigureDetails = { currencies: [...new Set([...outcomes.values()].flatMap((outcome) => Object.keys(outcome.supportCost)))].sort() };
  const tables: FigureTable[] = [];
  for (const figure of FIGURES) {
    for (const breakdown of BREAKDOWNS) {
      const groups = new Map(breakdown.categories(enrollments).map((category) => [category, [] as EnrollmentOutcome[]]));
      for (const [enrollment, outcome] of outcomes) {
        const participant = enrollment.participantId ? facts.participants.get(enrollment.participantId) : undefined;
        groups.get(breakdown.categoryOf(enrollment, participant))?.push(outcome);
      }
      const measured = [...groups].map(([category, members]) => ({ category, values: figure.measure(members, details) }));
      const detailNames = measured[0]?.values.map((value) => value.detail ?? null) ?? [];
      detailNames.forEach((detail, index) => {
        const tallies: Tally[] = measured.map(({ category, values }) => ({ category, n: values[index]?.n ?? 0, value: values[index]?.value ?? null }));
        tables.push({ figure: figure.name, detail, breakdown: breakdown.name, cells: suppress(tallies, node.minCell, breakdown.name !== 'total') });
      });
    }
  }
  return {
    municipality: node.municipality,
    asOf: query.asOf,
    from: query.from ?? null,
    to: query.to ?? null,
    programId: query.programId ?? null,
    minCell: node.minCell,
    tables,
  };
}
