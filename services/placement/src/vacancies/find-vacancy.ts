import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VacancyEntity } from './vacancy.entity';

/**
 * Whoever acts on the vacancy's status (a status change, a placement filling it) locks its row
 * (FOR UPDATE), so a placement never fills a vacancy that is being closed meanwhile.
 */
export async function findVacancyOr404(manager: EntityManager, id: string, options: { lock: boolean } = { lock: false }): Promise<VacancyEntity> {
  const vacancy = await manager.findOne(VacancyEntity, { where: { id }, lock: options.lock ? { mode: 'pessimistic_write' } : undefined });
  if (!vacancy) throw new NotFoundException(`vacancy ${id} not found`);
  return vacancy;
}
