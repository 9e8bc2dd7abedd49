import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@tandem/platform';
import { ParticipantEntity } from '../participants/participant.entity';
import { CaseEntity } from './case.entity';

/**
 * Who may reach a case, and through it the participant's record: the caseworker assigned to it,
 * or an admin of the node (who assigns cases). Everyone else is told it does not exist.
 */
export function mayAccessCase(actor: Principal, assignedCaseworker: string): boolean {
  return actor.roles.includes('admin') || (actor.roles.includes('caseworker') && actor.subject === assignedCaseworker);
}

/**
 * Whose cases a listing may show: an admin any caseworker's or all (undefined); a caseworker only
 * their own. Naming a colleague is refused with 403 rather than an empty page, which would read as
 * "this colleague has no cases"; the answer does not depend on any record, so it discloses nothing.
 */
export function listingScope(actor: Principal, assignedTo: string | undefined): string | undefined {
  if (actor.roles.includes('admin')) return assignedTo;
  if (assignedTo !== undefined && assignedTo !== actor.subject) {
    throw new ForbiddenException('only an admin may list the cases of another caseworker');
  }
  return actor.subject;
}

export interface FoundCase {
  current: CaseEntity;
  participant: ParticipantEntity;
}

/**
 * Loads a case the actor may reach, with its participant. Writers lock the participant row first,
 * as every participant-level writer does, so changes to one person's record apply one at a time;
 * the case is read again under that lock. 404, never 403: existence is not disclosed.
 */
export async function findCaseOr404(
  manager: EntityManager,
  id: string,
  options: { lock: boolean; actor: Principal },
): Promise<FoundCase> {
  const lock = options.lock ? ({ mode: 'pessimistic_write' } as const) : undefined;
  const unlocked = await manager.findOne(CaseEntity, { where: { id } });
  const participant = unlocked && (await manager.findOne(ParticipantEntity, { where: { id: unlocked.participantId }, lock }));
  const current = participant && (lock ? await manager.findOne(CaseEntity, { where: { id }, lock }) : unlocked);
  if (!participant || !current || !mayAccessCase(options.actor, current.assignedCaseworker)) {
    throw new NotFoundException(`case ${id} not found`);
  }
  return { current, participant };
}
