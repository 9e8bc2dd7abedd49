import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { RequestFingerprint } from './idempotency-key';

/** The key a create request runs under, and where its claim stands. */
export interface IdempotencyClaim {
  subject: string;
  key: string;
  fingerprint: RequestFingerprint;
  /** The transaction that inserted the claim, until it commits or rolls back. */
  claimedIn?: QueryRunner;
  /** The claim row committed with the create. */
  committed: boolean;
  /** The first resource audited, and in which transaction, to be stored with the claim. */
  resource?: { runner: QueryRunner; type: string; id: string };
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
 * Inserts the claim just before the transaction commits. A claim committed by another request (or in
 * flight: PostgreSQL waits for it) leaves no row to return, and the create rolls back. An expired
 * claim (over 24 h) is taken over in place.
 */
export async function insertClaim(runner: QueryRunner, claim: IdempotencyClaim): Promise<void> {
  const { subject, key, fingerprint } = claim;
  const resource = claim.resource?.runner === runner ? claim.resource : undefined;
  const rows = (await runner.query(
    `INSERT INTO idempotency_keys (subject, key, method, route, body_hash, resource_type, resource_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (subject, key) DO UPDATE
       SET method = EXCLUDED.method, route = EXCLUDED.route, body_hash = EXCLUDED.body_hash, claimed_at = now(),
           resource_type = EXCLUDED.resource_type, resource_id = EXCLUDED.resource_id, response_status = NULL, response_body = NULL
       WHERE idempotency_keys.claimed_at < now() - interval '24 hours'
     RETURNING 1 AS claimed`,
    [subject, key, fingerprint.method, fingerprint.route, fingerprint.bodyHash, resource?.type ?? null, resource?.id ?? null],
  )) as unknown[];
  if (rows.length === 0) throw new IdempotencyKeyTakenError(key);
}

/** Whether the transaction has written anything: PostgreSQL assigns it an id at its first write. */
export async function hasWritten(runner: QueryRunner): Promise<boolean> {
  const [row] = (await runner.query(`SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS wrote`)) as Array<{ wrote: boolean }>;
  return row?.wrote === true;
}

/**
 * Called by the audit log: the first resource a create audits in a transaction is the one it made, so
 * a retry whose response was never recorded can still be told which resource it was.
 */
export function noteAuditedResource(manager: EntityManager, type: string, id: string): void {
  const claim = currentClaim();
  const runner = manager.queryRunner;
  if (!claim || claim.committed || !runner?.isTransactionActive || claim.resource?.runner === runner) return;
  claim.resource = { runner, type, id };
}
