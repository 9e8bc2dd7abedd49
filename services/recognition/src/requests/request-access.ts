import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { caseworkerOf, type Principal } from '@tandem/platform';

/**
 * A participant's recognition requests are handled by the node's recognition officers and by the caseworker
 * of the participant's case; to anyone else, and for someone who is no participant of this node, they do not exist.
 */
export async function assertMayHandle(manager: EntityManager, actor: Principal, participantId: string, what: string): Promise<void> {
  const caseworker = await caseworkerOf(manager, participantId);
  if (caseworker && (actor.roles.includes('recognition_officer') || caseworker === actor.subject)) return;
  throw new NotFoundException(`${what} not found`);
}

export const isCaseworkerOf = async (manager: EntityManager, actor: Principal, participantId: string) => (await caseworkerOf(manager, participantId)) === actor.subject;
