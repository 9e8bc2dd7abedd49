import type { CloudEvent } from '@tandem/contracts';
import type { FactTable, Row } from './fact-tables';
import { factsOf } from './facts-of-event';

/** Runs one SQL statement in the caller's transaction: a TypeORM manager's `query`, or a pg client's. */
export type Sql = (text: string, parameters?: unknown[]) => Promise<unknown[]>;

/** The rows of a batch per table, one per natural key, combined as the database would combine them. */
export function foldFacts(events: readonly CloudEvent[]): Map<FactTable, Row[]> {
  const byTable = new Map<FactTable, Map<string, Row>>();
  for (const event of events) {
    for (const { table, row } of factsOf(event)) {
      const rows = byTable.get(table) ?? new Map<string, Row>();
      byTable.set(table, rows);
      const key = table.key.map((column) => String(row[column])).join('|');
      const earlier = rows.get(key);
      rows.set(key, earlier ? table.merge(earlier, row) : row);
    }
  }
  return new Map([...byTable].map(([table, rows]) => [table, [...rows.values()]]));
}

/** One multi-row upsert per table: the column arrays go in as parameters, unnested by PostgreSQL. */
async function upsert(sql: Sql, table: FactTable, rows: readonly Row[]): Promise<void> {
  const columns = Object.keys(table.columns);
  const arrays = columns.map((column) => rows.map((row) => row[column] ?? null));
  const unnest = columns.map((column, index) => `$${index + 1}::${table.columns[column]}[]`).join(', ');
  await sql(
    `INSERT INTO ${table.name} (${columns.join(', ')}) SELECT * FROM unnest(${unnest}) ON CONFLICT (${table.key.join(', ')}) ${table.onConflict}`,
    arrays,
  );
}

/**
 * Applies events to the read model in the caller's transaction. Idempotent and indifferent to order
 * across keys: the live inbox applies one event at a time, a replay a whole batch.
 */
export async function writeFacts(sql: Sql, events: readonly CloudEvent[]): Promise<void> {
  for (const [table, rows] of foldFacts(events)) await upsert(sql, table, rows);
}
