import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@tandem/platform';
import { mayAccessCase } from '../cases/case-access';
import { CaseEntity } from '../cases/case.entity';
import { ParticipantEntity } from './participant.entity';

/** Purpose recorded in the audit log for the caseworker's work on a participant's record. */
export const CASE_MANAGEMENT = 'case-management';

/**
 * Loads a participant of this node that the actor may reach through their case, locking the row
 * for writers so events of one participant enter the outbox in the order their transactions commit.
 * 404, never 403, for a participant the actor may not see: existence is not disclosed.
 */
export async function findParticipantOr404(
  manager: EntityManager,
  id: string,
  options: { lock: boolean; actor: Principal },
): Promise<ParticipantEntity> {
  const participant = await manager.findOne(ParticipantEntity, {
    where: { id },
    lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
  });
  const assigned = participant && (await manager.findOne(CaseEntity, { where: { participantId: id } }));
  if (!participant || !assigned || !mayAccessCase(options.actor, assigned.assignedCaseworker)) {
    throw new NotFoundException(`participant ${id} not found`);
  }
  return participant;
}
