import type { DataSource } from 'typeorm';

export interface ClaimedDelivery {
  id: number;
  subscriptionId: string;
  feedSeq: number;
  attempts: number;
  firstAttemptAt: Date | null;
}

/**
 * Due deliveries of active subscriptions, at most one per subscription and placement: a placement's
 * later event waits while an earlier one is pending. Claimed rows get `next_attempt_at = leaseUntil`,
 * so no other dispatcher takes them meanwhile, and one whose dispatcher died falls due again.
 */
export async function claimDeliveries(dataSource: DataSource, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
  const [rows] = await dataSource.query<[Array<{ id: string; subscription_id: string; feed_seq: string; attempts: number; first_attempt_at: Date | null }>, number]>(
    `UPDATE webhook_deliveries SET next_attempt_at = $2
      WHERE id IN (
        SELECT d.id FROM webhook_deliveries d JOIN integrator_subscriptions s ON s.id = d.subscription_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND s.status = 'active'
           AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e
                            WHERE e.subscription_id = d.subscription_id AND e.subject = d.subject AND e.status = 'pending' AND e.id < d.id)
         ORDER BY d.id LIMIT $3
         FOR UPDATE OF d SKIP LOCKED)
      RETURNING id, subscription_id, feed_seq, attempts, first_attempt_at`,
    [now, leaseUntil, limit],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    subscriptionId: row.subscription_id,
    feedSeq: Number(row.feed_seq),
    attempts: row.attempts,
    firstAttemptAt: row.first_attempt_at,
  }));
}
