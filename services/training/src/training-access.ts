import { type Principal, ROLES, type Role } from '@tandem/platform';

/** Who runs the node's programs: programs, cohorts, rosters, attendance and assessments are theirs to manage. */
export const PROVIDER_ROLES: Role[] = ['training_provider', 'admin'];

/** Who of the node reads the catalog: every role but `integrator`, whose tokens reach their own webhook subscriptions only. */
export const NODE_READERS: Role[] = ROLES.filter((role) => role !== 'integrator');

/** Purpose recorded in the audit log when a provider works with a trainee's record. */
export const TRAINING_DELIVERY = 'training-delivery';
/** Purpose recorded when a caseworker follows a trainee of their case. */
export const CASE_MANAGEMENT = 'case-management';

export function isProvider(actor: Principal): boolean {
  return actor.roles.some((role) => PROVIDER_ROLES.includes(role));
}
