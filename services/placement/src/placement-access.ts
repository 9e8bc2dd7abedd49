import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { caseworkerOf, type Principal, ROLES, type Role } from '@tandem/platform';

/** Who keeps the node's employers and vacancies: caseworkers and admins (job coaches are caseworkers). */
export const STAFF: Role[] = ['caseworker', 'admin'];

/** Who of the node reads employers and vacancies: everyone but integrators, who receive placement events by webhook only. */
export const NODE_READERS: Role[] = ROLES.filter((role) => role !== 'integrator');

/** Purpose recorded in the audit log for work on a participant's placements. */
export const JOB_PLACEMENT = 'job-placement';

/** A participant's placements are their caseworker's (and the node admins'); anyone else gets 404. */
export async function assertMayWorkWith(manager: EntityManager, actor: Principal, participantId: string): Promise<void> {
  if (actor.roles.includes('admin')) return;
  if ((await caseworkerOf(manager, participantId)) !== actor.subject) throw new NotFoundException(`participant ${participantId} not found`);
}
