import type { DataSource } from 'typeorm';
import type { ClaimedDelivery } from './claim-deliveries';
import { DeliveryAttemptEntity } from './delivery-attempt.entity';
import { type DeliveryStatus, DeliveryEntity } from './delivery.entity';
import { nextAttemptAt, type RetryPolicy } from './retry-schedule';
import { SubscriptionEntity } from './subscription.entity';

export interface AttemptOutcome {
  attemptedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  /** Not sent and never to be: the delivery ends as withheld. */
  withheld?: boolean;
}

/**
 * Logs the attempt and moves the delivery on: a 2xx delivers it (and clears the subscription's failing
 * flag), anything else schedules a retry, and past the give-up time fails it and flags the subscription.
 */
export async function recordAttempt(dataSource: DataSource, delivery: ClaimedDelivery, outcome: AttemptOutcome, policy: RetryPolicy): Promise<DeliveryStatus> {
  const { attemptedAt, durationMs, statusCode, error } = outcome;
  const succeeded = statusCode !== null && statusCode >= 200 && statusCode < 300;
  const attempts = delivery.attempts + 1;
  const firstAttemptAt = delivery.firstAttemptAt ?? attemptedAt;
  const retryAt = succeeded || outcome.withheld ? null : nextAttemptAt(policy, attempts, firstAttemptAt, attemptedAt);
  const status: DeliveryStatus = succeeded ? 'delivered' : outcome.withheld ? 'withheld' : retryAt ? 'pending' : 'failed';
  await dataSource.transaction(async (manager) => {
    await manager.update(DeliveryEntity, { id: delivery.id }, { status, attempts, firstAttemptAt, nextAttemptAt: retryAt });
    await manager.insert(DeliveryAttemptEntity, { deliveryId: delivery.id, attemptedAt, statusCode, error, durationMs, nextAttemptAt: retryAt });
    if (succeeded) await manager.update(SubscriptionEntity, { id: delivery.subscriptionId }, { failingSince: null });
    if (status === 'failed') {
      await manager.query('UPDATE integrator_subscriptions SET failing_since = coalesce(failing_since, $2) WHERE id = $1', [delivery.subscriptionId, attemptedAt]);
    }
  });
  return status;
}
