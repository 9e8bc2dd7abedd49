import type { RuleMatch } from '../agreements/agreement';

export const OUTCOMES = ['full', 'partial', 'conditional', 'denied'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const APPEAL_OUTCOMES = ['upheld', 'overturned', 'modified'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** The parts of a request the rules below read and change; the stored row is this state. */
export interface RequestState {
  status: 'pending' | 'decided';
  outcome: Outcome | null;
  basis: 'agreement' | 'officer' | null;
  agreementId: string | null;
  ruleIndex: number | null;
  compensationMeasures: string[] | null;
  reasons: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  appealGrounds: string | null;
  appealedBy: string | null;
  appealedAt: Date | null;
  appealOutcome: AppealOutcome | null;
  appealReasons: string | null;
  appealDecidedBy: string | null;
  appealDecidedAt: Date | null;
}

/** A request before any decision or appeal. */
export const UNDECIDED: RequestState = {
  status: 'pending',
  outcome: null,
  basis: null,
  agreementId: null,
  ruleIndex: null,
  compensationMeasures: null,
  reasons: null,
  decidedBy: null,
  decidedAt: null,
  appealGrounds: null,
  appealedBy: null,
  appealedAt: null,
  appealOutcome: null,
  appealReasons: null,
  appealDecidedBy: null,
  appealDecidedAt: null,
};

export interface OutcomeCommand {
  outcome: Outcome;
  compensationMeasures?: string[];
  reasons: string;
}

/** A command the request's state forbids; `refusal` says whether it is the caller (403) or the moment (409). */
export class RequestRuleBroken extends Error {
  constructor(
    readonly refusal: 'forbidden' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

const DAY_MS = 86_400_000;

/** A rule of an agreement in force decides alone; its conditions become the compensation measures. */
export function decideByAgreement(match: RuleMatch, now: Date): Partial<RequestState> {
  const { agreement, rule, ruleIndex } = match;
  const { modules = [], language } = rule.conditions ?? {};
  const measures = [...modules.map((code) => `complete module ${code}`), ...(language ? [`language ${language.code} at CEFR ${language.cefr}`] : [])];
  const level = `EQF ${rule.target.eqfLevel}${rule.target.occupation ? `, ISCO-08 ${rule.target.occupation}` : ''}`;
  return {
    status: 'decided',
    outcome: rule.outcome,
    basis: 'agreement',
    agreementId: agreement.id,
    ruleIndex,
    compensationMeasures: rule.outcome === 'conditional' ? measures : null,
    reasons: `agreement ${agreement.agreementKey} version ${agreement.version}, rule ${ruleIndex + 1}: counts as ${rule.target.name} (${level})`,
    decidedBy: null,
    decidedAt: now,
  };
}

export function decideByOfficer(state: RequestState, command: OutcomeCommand, officer: string, now: Date): Partial<RequestState> {
  if (state.status !== 'pending') throw new RequestRuleBroken('conflict', 'the request is already decided; an appeal is the way to change it');
  return { status: 'decided', ...outcomeOf(command), basis: 'officer', decidedBy: officer, decidedAt: now };
}

/** One appeal per decision, within `windowDays` of it. */
export function appeal(state: RequestState, grounds: string, caseworker: string, now: Date, windowDays: number): Partial<RequestState> {
  if (state.status !== 'decided' || !state.decidedAt) throw new RequestRuleBroken('conflict', 'the request is not decided yet; only a decision can be appealed');
  if (state.appealedAt) throw new RequestRuleBroken('conflict', 'this decision has already been appealed; one appeal per decision');
  const deadline = new Date(state.decidedAt.getTime() + windowDays * DAY_MS);
  if (now > deadline) throw new RequestRuleBroken('conflict', `the appeal window of ${windowDays} days closed at ${deadline.toISOString()}`);
  return { appealGrounds: grounds, appealedBy: caseworker, appealedAt: now };
}

/** Reviewed by an officer other than the one who decided; an overturned or modified decision takes the new outcome. */
export function decideAppeal(state: RequestState, command: { appealOutcome: AppealOutcome; reasons: string } & Partial<OutcomeCommand>, officer: string, now: Date): Partial<RequestState> {
  if (!state.appealedAt) throw new RequestRuleBroken('conflict', 'there is no appeal against this decision');
  if (state.appealDecidedAt) throw new RequestRuleBroken('conflict', 'the appeal has already been decided');
  if (state.decidedBy === officer) throw new RequestRuleBroken('forbidden', 'the officer who made the decision may not review the appeal against it; another recognition officer must');
  const review = { appealOutcome: command.appealOutcome, appealReasons: command.reasons, appealDecidedBy: officer, appealDecidedAt: now };
  // The first decision's reasons and basis stay on record; only the recognition in force changes.
  if (command.appealOutcome === 'upheld' || !command.outcome) return review;
  return { ...review, outcome: command.outcome, compensationMeasures: measuresOf(command.outcome, command.compensationMeasures) };
}

function outcomeOf(command: OutcomeCommand): Pick<RequestState, 'outcome' | 'compensationMeasures' | 'reasons'> {
  return { outcome: command.outcome, compensationMeasures: measuresOf(command.outcome, command.compensationMeasures), reasons: command.reasons };
}

const measuresOf = (outcome: Outcome, measures?: string[]) => (outcome === 'conditional' ? (measures ?? []) : null);
