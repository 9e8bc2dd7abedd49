import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

export const CLOCK = Symbol('Clock');
export type Clock = () => Date;

/** Purpose recorded in the audit log for the caseworker's work on a participant's record. */
export const CASE_MANAGEMENT = 'case-management';

/**
 * Loads a participant of this node, locking the row for writers so events of one participant
 * enter the outbox in the order their transactions commit.
 */
export async function findParticipantOr404(
  manager: EntityManager,
  id: string,
  options: { lock: boolean },
): Promise<ParticipantEntity> {
  const participant = await manager.findOne(ParticipantEntity, {
    where: { id },
    lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
  });
  if (!participant) throw new NotFoundException(`participant ${id} not found`);
  return participant;
}
