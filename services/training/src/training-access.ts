import type { Principal, Role } from '@tandem/platform';

/** Who runs the node's programs: programs, cohorts, rosters, attendance and assessments are theirs to manage. */
export const PROVIDER_ROLES: Role[] = ['training_provider', 'admin'];

/** Purpose recorded in the audit log when a provider works with a trainee's record. */
export const TRAINING_DELIVERY = 'training-delivery';
/** Purpose recorded when a caseworker follows a trainee of their case. */
export const CASE_MANAGEMENT = 'case-management';

export function isProvider(actor: Principal): boolean {
  return actor.roles.some((role) => PROVIDER_ROLES.includes(role));
}
