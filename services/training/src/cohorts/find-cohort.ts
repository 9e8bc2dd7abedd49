import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CohortEntity } from './cohort.entity';

/**
 * With `lock`, the cohort row is held FOR UPDATE until the transaction ends: whoever takes or frees
 * one of its places locks it first, so places are counted and changed one writer at a time.
 */
export async function findCohortOr404(manager: EntityManager, id: string, options: { lock: boolean }): Promise<CohortEntity> {
  const cohort = await manager.findOne(CohortEntity, {
    where: { id },
    lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
  });
  if (!cohort) throw new NotFoundException(`cohort ${id} not found`);
  return cohort;
}
