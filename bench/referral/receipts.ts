import { setTimeout as delay } from 'node:timers/promises';
import type { NodeDatabase } from '@tandem/devkit';

const POLL_INTERVAL_MS = 250;

/**
 * When the receiving node stored each referral (epoch ms), from its own `received_at` stamp, so the
 * figure does not depend on how often the bench looks. Waits until all are there or `deadline` passes.
 */
export async function receiptTimes(database: NodeDatabase, ids: readonly string[], deadline: number): Promise<Map<string, number>> {
  await assertReceivedAtColumn(database);
  const received = new Map<string, number>();
  let pending = [...ids];
  while (pending.length > 0) {
    const rows = await database.query<{ id: string; at: number }>(
      `SELECT id::text AS id, extract(epoch FROM received_at) * 1000 AS at
         FROM referrals WHERE direction = 'inbound' AND received_at IS NOT NULL AND id = ANY($1::uuid[])`,
      [pending],
    );
    for (const row of rows) received.set(row.id, Number(row.at));
    pending = pending.filter((id) => !received.has(id));
    if (pending.length === 0 || Date.now() > deadline) break;
    await delay(POLL_INTERVAL_MS);
  }
  return received;
}

async function assertReceivedAtColumn(database: NodeDatabase): Promise<void> {
  const columns = await database.query(
    `SELECT 1 FROM information_schema.columns WHERE table_name = 'referrals' AND column_name = 'received_at'`,
  );
  if (columns.length === 0) {
    throw new Error("the receiving node's database has no referrals.received_at: this intake build does not receive referrals");
  }
}

/** When DE's relay published each referral's message to `topic` (epoch ms), by referral id: where the time went on DE's side. */
export async function publishTimes(database: NodeDatabase, topic: string): Promise<Map<string, { written: number; published: number }>> {
  const rows = await database.query<{ id: string; written: number; published: number }>(
    `SELECT message_key AS id, extract(epoch FROM created_at) * 1000 AS written, extract(epoch FROM sent_at) * 1000 AS published
       FROM outbox WHERE topic = $1 AND sent_at IS NOT NULL ORDER BY outbox.id`,
    [topic],
  );
  const times = new Map<string, { written: number; published: number }>();
  // The first message of a referral's key is the one that sends it.
  for (const row of rows) if (!times.has(row.id)) times.set(row.id, { written: Number(row.written), published: Number(row.published) });
  return times;
}
