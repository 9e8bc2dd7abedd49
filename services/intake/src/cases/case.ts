export const CASE_STATUSES = ['open', 'on_hold', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A participant's case on this node: who looks after them and where the work stands. Never leaves the node. */
export interface Case {
  id: string;
  participantId: string;
  /** Token subject of the caseworker responsible for the participant. */
  assignedCaseworker: string;
  status: CaseStatus;
  openedAt: Date;
  closedAt: Date | null;
}

/** Free text by a caseworker. Special-category-prone: stays in this node's database and API, never in an event or a log. */
export interface CaseNote {
  id: string;
  caseId: string;
  author: string;
  body: string;
  createdAt: Date;
}

/** Counted in code points, as PostgreSQL's `char_length` counts them. */
export const NOTE_MAX_LENGTH = 5000;

/** Status changes a case allows; staying in the same status is a no-op, not a transition. */
const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['on_hold', 'closed'],
  on_hold: ['open', 'closed'],
  closed: ['open'],
};

export class InvalidCaseTransitionError extends Error {
  override readonly name = 'InvalidCaseTransitionError';
  constructor(
    readonly from: CaseStatus,
    readonly to: CaseStatus,
  ) {
    super(`a ${from} case cannot be set to ${to}; allowed: ${TRANSITIONS[from].join(', ')}`);
  }
}

/** A note body the rules refuse; the message names what is wrong with it, never its content. */
export class InvalidNoteError extends Error {
  override readonly name = 'InvalidNoteError';
}

/** Closing records when; reopening clears it; putting on hold keeps no closing date. */
export function changeStatus(current: Case, to: CaseStatus, now: Date): Case {
  if (current.status === to) return current;
  if (!TRANSITIONS[current.status].includes(to)) throw new InvalidCaseTransitionError(current.status, to);
  return { ...current, status: to, closedAt: to === 'closed' ? now : null };
}

export function reassign(current: Case, caseworker: string): Case {
  return { ...current, assignedCaseworker: caseworker };
}

export function writeNote(caseId: string, body: string, context: { id: string; actor: string; now: Date }): CaseNote {
  if (body.trim() === '') throw new InvalidNoteError('body must contain text');
  if ([...body].length > NOTE_MAX_LENGTH) throw new InvalidNoteError(`body must be at most ${NOTE_MAX_LENGTH} characters`);
  // PostgreSQL text cannot hold NUL: refused here, it is a 400 rather than a failed insert.
  if (body.includes('\u0000')) throw new InvalidNoteError('body must not contain NUL characters');
  return { id: context.id, caseId, author: context.actor, body, createdAt: context.now };
}
