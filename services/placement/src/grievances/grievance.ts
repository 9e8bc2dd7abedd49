import type { Principal } from '@tandem/platform';
import { addDays, dayOf } from '../placements/day';

export const GRIEVANCE_SUBJECT_TYPES = ['placement', 'employer', 'selection'] as const;
export type GrievanceSubjectType = (typeof GRIEVANCE_SUBJECT_TYPES)[number];
export const GRIEVANCE_CATEGORIES = ['exploitation', 'discrimination', 'unsafe-work', 'unfair-selection', 'other'] as const;
export type GrievanceCategory = (typeof GRIEVANCE_CATEGORIES)[number];
export const GRIEVANCE_STATUSES = ['open', 'in-progress', 'resolved'] as const;
export type GrievanceStatus = (typeof GRIEVANCE_STATUSES)[number];
export const GRIEVANCE_OUTCOMES = ['upheld', 'not-upheld', 'withdrawn'] as const;
export type GrievanceOutcome = (typeof GRIEVANCE_OUTCOMES)[number];

/** Purpose recorded in the audit log for every access to a grievance. */
export const GRIEVANCE_HANDLING = 'grievance-handling';

/** Days a grievance may take from filing to resolution. */
export const DAYS_TO_RESOLVE = 14;

/** The grievance's state forbids the change (409). */
export class GrievanceStateError extends Error {
  override readonly name = 'GrievanceStateError';
}

/** The caller may see the grievance but not act on it (403). */
export class GrievanceForbiddenError extends Error {
  override readonly name = 'GrievanceForbiddenError';
}

export interface GrievanceState {
  status: GrievanceStatus;
  assignedTo: string | null;
  dueOn: string;
}

export function dueOnFor(filedAt: Date): string {
  return addDays(dayOf(filedAt), DAYS_TO_RESOLVE);
}

/** Still unresolved after its due day. */
export function isOverdue(grievance: Pick<GrievanceState, 'status' | 'dueOn'>, today: string): boolean {
  return grievance.status !== 'resolved' && grievance.dueOn < today;
}

/** Assigning (or handing over) puts an unresolved grievance in progress. */
export function assign(grievance: GrievanceState, assignee: string): Pick<GrievanceState, 'status' | 'assignedTo'> {
  if (grievance.status === 'resolved') throw new GrievanceStateError('the grievance is resolved');
  return { status: 'in-progress', assignedTo: assignee };
}

/** Only whoever handles it, or an admin, resolves a grievance, and only once. */
export function resolve(grievance: GrievanceState, actor: Principal): 'resolved' {
  if (grievance.status === 'resolved') throw new GrievanceStateError('the grievance is resolved');
  if (!actor.roles.includes('admin') && grievance.assignedTo !== actor.subject) {
    throw new GrievanceForbiddenError('only the assignee or an admin resolves a grievance');
  }
  return 'resolved';
}
