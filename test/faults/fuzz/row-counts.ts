import type { NodeDatabase } from '@tandem/devkit';

export type RowCounts = Record<string, number>;

/** Exact row counts of every table of the service's database (count(*), not the planner's estimates), in one statement. */
export async function rowCounts(database: NodeDatabase, tables: string[]): Promise<RowCounts> {
  const sql = tables.map((table, index) => `SELECT ${index} AS i, count(*)::int AS n FROM ${table}`).join(' UNION ALL ');
  const rows = await database.query<{ i: number; n: number }>(sql);
  return Object.fromEntries(rows.map(({ i, n }) => [tables[i] as string, n]));
}

/** Every table of every schema, each already quoted by format('%I') for use in SQL; the service owns (migrations' bookkeeping included: a 4xx must not touch it either). */
export async function tablesOf(database: NodeDatabase): Promise<string[]> {
  const rows = await database.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/** Tables whose count differs, as `table: before -> after`. */
export function changedCounts(before: RowCounts, after: RowCounts): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} -> ${after[table]}`);
}
