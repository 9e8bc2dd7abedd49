import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { caseworkerOf, type Principal } from '@tandem/platform';
import type { HolderEntity } from './holder.entity';

/** Purpose recorded in the audit log for work on a person's credentials. */
export const RECOGNITION = 'recognition';

/**
 * A holder's credentials are read by the node's recognition officers and admins, and by the caseworker of
 * a participant's case; a referred trainee's only by officers and admins. Anyone else gets 404.
 */
export async function assertMayRead(manager: EntityManager, actor: Principal, holder: Pick<HolderEntity, 'participantId'>, what: string): Promise<void> {
  if (actor.roles.includes('recognition_officer') || actor.roles.includes('admin')) return;
  if (holder.participantId && (await caseworkerOf(manager, holder.participantId)) === actor.subject) return;
  throw new NotFoundException(`${what} not found`);
}
