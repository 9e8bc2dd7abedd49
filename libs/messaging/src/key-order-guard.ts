import type { PoolClient } from 'pg';

export interface ClaimedRow {
  id: string;
  message_key: string;
}

/**
 * Keys of a claimed batch (in id order) that have an older unsent row the batch does not hold:
 * another relay holds it (SKIP LOCKED passed it by) or it committed after the claim. Publishing
 * those keys now would overtake that row, so they wait for a later round. Rows in `publishedAhead`
 * are this relay's own, published before this batch will be, even while they still look unsent.
 */
export async function keysOutOfOrder(client: PoolClient, rows: ClaimedRow[], publishedAhead: string[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const ids = [...publishedAhead, ...rows.map((row) => row.id)];
  // One cheap count settles the usual case (a single relay): nothing older is held elsewhere.
  const older = await client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND id <= $1 AND NOT (id = ANY($2::bigint[]))',
    [rows[rows.length - 1].id, ids],
  );
  if (older.rows[0].n === 0) return new Set();
  const lastIdPerKey = new Map(rows.map((row) => [row.message_key, row.id]));
  // An ordered index walk per key, which stops at the first hit and skips sent rows' dead entries.
  const blocked = await client.query<{ key: string }>(
    `SELECT c.key FROM unnest($1::text[], $2::bigint[]) AS c(key, last_id)
     WHERE EXISTS (SELECT 1 FROM outbox o
                   WHERE o.message_key = c.key AND o.sent_at IS NULL AND o.id < c.last_id
                     AND NOT (o.id = ANY($3::bigint[]))
                   ORDER BY o.message_key, o.id LIMIT 1)`,
    [[...lastIdPerKey.keys()], [...lastIdPerKey.values()], ids],
  );
  return new Set(blocked.rows.map((row) => row.key));
}
