import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@tandem/platform';
import { SubscriptionEntity } from './subscription.entity';

/** Purpose recorded in the audit log for integrators' subscriptions and their allowances. */
export const INTEGRATOR_WEBHOOKS = 'integrator-webhooks';

export const SUBSCRIPTION = 'integrator-subscription';

/**
 * The caller's own subscription, or 404 naming only the id: another integrator's is not there for them.
 * Writers lock the row, so changes to one subscription apply one at a time.
 */
export async function findOwnSubscriptionOr404(manager: EntityManager, id: string, options: { actor: Principal; lock: boolean }): Promise<SubscriptionEntity> {
  const lock = options.lock ? { mode: 'pessimistic_write' as const } : undefined;
  const subscription = await manager.findOne(SubscriptionEntity, { where: { id, owner: options.actor.subject }, lock });
  if (!subscription) throw new NotFoundException(`subscription ${id} not found`);
  return subscription;
}
