import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@tandem/platform';
import { assertMayWorkWith } from '../placement-access';
import { PlacementEntity } from './placement.entity';

/** assertMayWorkWith as a yes or no, for lists where someone else's case reads as none. */
export async function mayWorkWith(manager: EntityManager, actor: Principal, participantId: string): Promise<boolean> {
  try {
    await assertMayWorkWith(manager, actor, participantId);
    return true;
  } catch (error) {
    if (error instanceof NotFoundException) return false;
    throw error;
  }
}

/**
 * A placement the actor may work with, or 404 naming only the placement, so the answer tells no one
 * whose it is. Writers lock the row (FOR UPDATE), so an end, a checkpoint and a wage apply one at a time.
 */
export async function findPlacementOr404(manager: EntityManager, id: string, options: { actor: Principal; lock: boolean }): Promise<PlacementEntity> {
  const placement = await manager.findOne(PlacementEntity, { where: { id }, lock: options.lock ? { mode: 'pessimistic_write' } : undefined });
  if (!placement || !(await mayWorkWith(manager, options.actor, placement.participantId))) throw new NotFoundException(`placement ${id} not found`);
  return placement;
}
