import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EmployerEntity } from './employer.entity';

/**
 * Whoever acts on whether the employer is suspended (a suspension, a new vacancy, a placement)
 * locks its row (FOR UPDATE), so a suspension and the write it should stop never interleave.
 */
export async function findEmployerOr404(manager: EntityManager, id: string, options: { lock: boolean }): Promise<EmployerEntity> {
  const employer = await manager.findOne(EmployerEntity, { where: { id }, lock: options.lock ? { mode: 'pessimistic_write' } : undefined });
  if (!employer) throw new NotFoundException(`employer ${id} not found`);
  return employer;
}
