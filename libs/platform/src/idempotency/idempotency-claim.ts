import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { RequestFingerprint } from './idempotency-key';

/** The key a create request runs under, and where its claim stands. */
export interface IdempotencyClaim {
  subject: string;
  key: string;
  fingerprint: RequestFingerprint;
  /** The transaction whose first statement inserted the claim, until it commits or rolls back. */
  holder?: QueryRunner;
  /** The claim row committed with the create. */
  committed: boolean;
  resourceNoted: boolean;
}

/** Another request with the same key committed (or is committing) its claim first; this transaction rolls back. */
export class IdempotencyKeyTakenError extends Error {
  constructor(readonly key: string) {
    super(`idempotency key already claimed: ${key}`);
  }
}

const claims = new AsyncLocalStorage<IdempotencyClaim>();

export function runWithClaim<T>(claim: IdempotencyClaim, run: () => T): T {
  return claims.run(claim, run);
}

export function currentClaim(): IdempotencyClaim | undefined {
  return claims.getStore();
}

/**
 * Inserts the claim as the transaction's first statement. A claim committed by another request
 * (or in flight: PostgreSQL waits for it) leaves no row to return, and the create rolls back.
 * An expired claim (over 24 h) is taken over in place.
 */
export async function insertClaim(runner: QueryRunner, claim: IdempotencyClaim): Promise<void> {
  const { subject, key, fingerprint } = claim;
  const rows = (await runner.query(
    `INSERT INTO idempotency_keys (subject, key, method, route, body_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (subject, key) DO UPDATE
       SET method = EXCLUDED.method, route = EXCLUDED.route, body_hash = EXCLUDED.body_hash, claimed_at = now(),
           resource_type = NULL, resource_id = NULL, response_status = NULL, response_body = NULL
       WHERE idempotency_keys.claimed_at < now() - interval '24 hours'
     RETURNING 1 AS claimed`,
    [subject, key, fingerprint.method, fingerprint.route, fingerprint.bodyHash],
  )) as unknown[];
  if (rows.length === 0) throw new IdempotencyKeyTakenError(key);
}

/**
 * Called by the audit log: the first resource a claiming transaction audits is the one the create
 * made, so a retry whose response was never recorded can still be told which resource it was.
 */
export async function noteAuditedResource(manager: EntityManager, resourceType: string, resourceId: string): Promise<void> {
  const claim = currentClaim();
  if (!claim || claim.resourceNoted || !claim.holder || manager.queryRunner !== claim.holder) return;
  claim.resourceNoted = true;
  await manager.query(`UPDATE idempotency_keys SET resource_type = $3, resource_id = $4 WHERE subject = $1 AND key = $2`, [
    claim.subject,
    claim.key,
    resourceType,
    resourceId,
  ]);
}
