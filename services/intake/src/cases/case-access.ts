import type { Principal } from '@tandem/platform';

/**
 * Who may reach a case, and through it the participant's record: the caseworker assigned to it,
 * or an admin of the node (who assigns cases). Everyone else is told it does not exist.
 */
export function mayAccessCase(actor: Principal, assignedCaseworker: string): boolean {
  return actor.roles.includes('admin') || (actor.roles.includes('caseworker') && actor.subject === assignedCaseworker);
}
