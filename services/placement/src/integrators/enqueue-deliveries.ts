import type { EntityManager } from 'typeorm';
import { AllowanceEntity } from './allowance.entity';
import { DeliveryEntity } from './delivery.entity';
import { PUBLIC_TYPE_OF } from './public-events';
import { type FilteredPlacement, matches } from './subscription-filter';
import { SubscriptionEntity } from './subscription.entity';

export interface FeedEntry {
  seq: number;
  /** The node-local event type. */
  type: string;
  subject: string;
  placement: FilteredPlacement;
}

/**
 * One delivery per subscription (or only the one given, for a replay) that asks for the entry's public
 * type, is allowed it and whose filter the placement passes. Paused subscriptions queue too.
 */
export async function enqueueDeliveries(manager: EntityManager, entry: FeedEntry, now: Date, onlySubscription?: string): Promise<number> {
  const publicType = PUBLIC_TYPE_OF.get(entry.type);
  if (!publicType) return 0;
  const query = manager
    .createQueryBuilder(SubscriptionEntity, 's')
    .innerJoin(AllowanceEntity, 'a', 'a.subject = s.owner AND :type = ANY(a.event_types)', { type: publicType })
    .where(':type = ANY(s.event_types)', { type: publicType });
  if (onlySubscription) query.andWhere('s.id = :id', { id: onlySubscription });
  const wanted = (await query.getMany()).filter((subscription) => matches(subscription.filter, entry.placement));
  if (!wanted.length) return 0;
  await manager.insert(
    DeliveryEntity,
    wanted.map((subscription) => ({
      subscriptionId: subscription.id,
      feedSeq: entry.seq,
      subject: entry.subject,
      status: 'pending' as const,
      attempts: 0,
      firstAttemptAt: null,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
  return wanted.length;
}
