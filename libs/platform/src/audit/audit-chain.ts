import { createHash } from 'node:crypto';

/**
 * The canonical text of an audit row, as the database trigger (`audit_log_canonical`) builds it:
 * eight netstrings `<UTF-8 byte length>:<value>,` in the order id, at, actor, actor_roles, action,
 * resource_type, resource_id, purpose. `id` is decimal; `at` is UTC with microseconds,
 * `YYYY-MM-DDTHH:MM:SS.ffffffZ`; `actor_roles` is the netstrings of its elements in array order,
 * itself wrapped as one netstring (`0:,` when empty). Lengths make the encoding unambiguous
 * whatever characters a value holds.
 */
export interface AuditChainRow {
  id: string;
  /** Already in the canonical form: the verifier reads it with `AUDIT_AT_SQL`. */
  at: string;
  actor: string;
  actorRoles: string[];
  action: string;
  resourceType: string;
  resourceId: string;
  purpose: string;
}

/** Selects `at` of `audit_log` in the canonical form (a JavaScript Date would lose the microseconds). */
export const AUDIT_AT_SQL = `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The previous hash of the first row. */
export const GENESIS_HASH = Buffer.alloc(32);

/** One advisory lock per database serialises chain inserts; any fixed number no other code uses. */
export const AUDIT_CHAIN_LOCK_KEY = 7_346_571_020_017;

const CANONICAL_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function netstring(value: string): string {
  return `${Buffer.byteLength(value, 'utf8')}:${value},`;
}

export function canonicalText(row: AuditChainRow): string {
  if (!CANONICAL_AT.test(row.at)) throw new Error(`audit row ${row.id}: "at" is not in the canonical form`);
  return [
    row.id,
    row.at,
    row.actor,
    row.actorRoles.map(netstring).join(''),
    row.action,
    row.resourceType,
    row.resourceId,
    row.purpose,
  ]
    .map(netstring)
    .join('');
}

/** `sha256(prev_hash || UTF-8 of the canonical text)`, as the trigger computes it. */
export function chainHash(prevHash: Buffer, row: AuditChainRow): Buffer {
  return createHash('sha256').update(prevHash).update(canonicalText(row), 'utf8').digest();
}
