import type { DataSource } from 'typeorm';
import type { IdempotencyClaim } from './idempotency-claim';
import type { RequestFingerprint } from './idempotency-key';

/** A live claim as a later request with the same key finds it. */
export interface ClaimedKey {
  fingerprint: RequestFingerprint;
  resourceType: string | null;
  resourceId: string | null;
  /** Null until the response is recorded: the create is in flight, or its process died after commit. */
  responseStatus: number | null;
  responseBody: unknown;
}

interface Row {
  method: string;
  route: string;
  body_hash: string;
  resource_type: string | null;
  resource_id: string | null;
  response_status: number | null;
  response_body: string | null;
}

/** Reads and completes claims outside the create's transaction; expired ones count as absent. */
export class IdempotencyStore {
  constructor(private readonly dataSource: DataSource) {}

  async find(subject: string, key: string): Promise<ClaimedKey | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT method, route, body_hash, resource_type, resource_id, response_status, response_body FROM idempotency_keys
       WHERE subject = $1 AND key = $2 AND claimed_at >= now() - interval '24 hours'`,
      [subject, key],
    )) as Row[];
    if (!row) return undefined;
    return {
      fingerprint: { method: row.method, route: row.route, bodyHash: row.body_hash },
      resourceType: row.resource_type,
      resourceId: row.resource_id,
      responseStatus: row.response_status,
      // Kept as text, so a replay sends the first response's fields in their order.
      responseBody: row.response_body === null ? null : (JSON.parse(row.response_body) as unknown),
    };
  }

  async recordResponse(claim: IdempotencyClaim, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(`UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE subject = $1 AND key = $2`, [
      claim.subject,
      claim.key,
      status,
      JSON.stringify(body ?? null),
    ]);
  }

  /** For a create that opened no transaction: the key is then recorded only after the fact. */
  async claimAfterwards(claim: IdempotencyClaim, status: number, body: unknown): Promise<void> {
    const { subject, key, fingerprint } = claim;
    await this.dataSource.query(
      `INSERT INTO idempotency_keys (subject, key, method, route, body_hash, response_status, response_body)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (subject, key) DO NOTHING`,
      [subject, key, fingerprint.method, fingerprint.route, fingerprint.bodyHash, status, JSON.stringify(body ?? null)],
    );
  }

  /** A bounded batch of expired claims; cheap enough to run now and then from any request. */
  async purgeExpired(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE ctid IN (
         SELECT ctid FROM idempotency_keys WHERE claimed_at < now() - interval '24 hours' LIMIT 1000)`,
    );
  }
}
