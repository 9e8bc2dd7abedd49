import { AUDIT_AT_SQL, type AuditChainRow, chainHash, GENESIS_HASH } from './audit-chain';

/** Runs SQL and gives back its rows: a `DataSource.query`, or a `pg` client wrapped. */
export type QueryRows = (sql: string, parameters: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * `edited`: the row's hash does not match its content. `missing`: the row's prev_hash is not the hash of
 * the row before it (`after`, absent for the first row), so rows between them were deleted.
 */
export type AuditBreak = { kind: 'edited'; id: string } | { kind: 'missing'; id: string; after?: string };

export type AuditVerification =
  | { ok: true; rows: number; head?: AuditAnchor }
  | { ok: false; rows: number; broken: AuditBreak };

/**
 * A row's id and hash, exported elsewhere: deleting the newest rows leaves a valid shorter chain,
 * which only a copy of an earlier head reveals.
 */
export interface AuditAnchor {
  id: string;
  hash: string;
}

const BATCH = 1000;

/** Walks `audit_log` in id order, recomputes every hash and reports the first break. */
export async function verifyAuditLog(query: QueryRows, anchor?: AuditAnchor): Promise<AuditVerification> {
  let previous: { id?: string; hash: Buffer } = { hash: GENESIS_HASH };
  let rows = 0;
  let anchorSeen = false;
  for (;;) {
    const batch = await query(
      `SELECT id::text AS id, ${AUDIT_AT_SQL} AS at, actor, actor_roles, action, resource_type, resource_id,
              purpose, prev_hash, hash
         FROM audit_log WHERE audit_log.id > $1::bigint ORDER BY audit_log.id LIMIT $2`,
      [previous.id ?? '0', BATCH],
    );
    for (const record of batch) {
      rows += 1;
      const row = chainRow(record);
      const prevHash = record.prev_hash as Buffer;
      const hash = record.hash as Buffer;
      if (!prevHash.equals(previous.hash)) return { ok: false, rows, broken: { kind: 'missing', id: row.id, after: previous.id } };
      if (!chainHash(prevHash, row).equals(hash)) return { ok: false, rows, broken: { kind: 'edited', id: row.id } };
      if (anchor && row.id === anchor.id) {
        if (hash.toString('hex') !== anchor.hash) return { ok: false, rows, broken: { kind: 'edited', id: row.id } };
        anchorSeen = true;
      }
      previous = { id: row.id, hash };
    }
    if (batch.length < BATCH) break;
  }
  if (anchor && !anchorSeen) return { ok: false, rows, broken: { kind: 'missing', id: anchor.id, after: previous.id } };
  return { ok: true, rows, head: previous.id ? { id: previous.id, hash: previous.hash.toString('hex') } : undefined };
}

/** One line for operators: `ok <n> rows`, or the first break with its ids. */
export function describeVerification(result: AuditVerification): string {
  if (result.ok) return `ok ${result.rows} rows${result.head ? ` (head ${result.head.id} ${result.head.hash})` : ''}`;
  const { broken } = result;
  if (broken.kind === 'edited') return `broken: edited row ${broken.id} (hash does not match its content)`;
  return `broken: missing rows before ${broken.id}${broken.after ? ` (after ${broken.after})` : ' (at the start)'}`;
}

function chainRow(record: Record<string, unknown>): AuditChainRow {
  return {
    id: record.id as string,
    at: record.at as string,
    actor: record.actor as string,
    actorRoles: record.actor_roles as string[],
    action: record.action as string,
    resourceType: record.resource_type as string,
    resourceId: record.resource_id as string,
    purpose: record.purpose as string,
  };
}
