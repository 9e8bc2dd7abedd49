import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@tandem/platform';
import { mayReadSupportOf } from '../support-access';
import { EntitlementEntity } from './entitlement.entity';

/**
 * An entitlement the actor may reach, or 404: someone else's participant looks like no one.
 * Writers lock the row (FOR UPDATE), so status changes and deliveries under it happen one at a time.
 */
export async function findEntitlementOr404(
  manager: EntityManager,
  id: string,
  options: { actor: Principal; lock: boolean },
): Promise<EntitlementEntity> {
  const entitlement = await manager.findOne(EntitlementEntity, {
    where: { id },
    lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
  });
  if (!entitlement || !(await mayReadSupportOf(manager, options.actor, entitlement.participantId))) {
    throw new NotFoundException(`entitlement ${id} not found`);
  }
  return entitlement;
}
