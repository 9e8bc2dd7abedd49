import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@tandem/platform';
import { SupportTypeEntity } from '../catalog/support-type.entity';
import { mayReadSupportOf, maySeeKind } from '../support-access';
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
  if (!entitlement || !(await mayReach(manager, options.actor, entitlement))) throw new NotFoundException(`entitlement ${id} not found`);
  return entitlement;
}

/** Someone the actor may read about, and support of a kind they may know of. */
export async function mayReach(manager: EntityManager, actor: Principal, entitlement: EntitlementEntity): Promise<boolean> {
  if (!(await mayReadSupportOf(manager, actor, entitlement.participantId))) return false;
  const type = await manager.findOneByOrFail(SupportTypeEntity, { id: entitlement.supportTypeId });
  return maySeeKind(actor, type.kind);
}
