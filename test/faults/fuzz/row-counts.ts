import { Client } from 'pg';

export type RowCounts = Record<string, number>;

/**
 * Exact row counts (count(*), not the planner's estimates) of every table of one service's database,
 * in one statement prepared once: counting after every refused request is most of the suite's work.
 */
export class RowCounter {
  private constructor(
    private readonly client: Client,
    private readonly tables: string[],
    private readonly statement: string,
  ) {}

  static async open(databaseUrl: string, name: string): Promise<RowCounter> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    // Every table of every schema the service owns, migrations' bookkeeping included: a 4xx must not touch it either.
    const { rows } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const tables = rows.map((row) => row.name);
    return new RowCounter(client, tables, `fuzz-counts-${name}`);
  }

  async counts(): Promise<RowCounts> {
    const text = this.tables.map((table, index) => `SELECT ${index} AS i, count(*)::int AS n FROM ${table}`).join(' UNION ALL ');
    const { rows } = await this.client.query<{ i: number; n: number }>({ name: this.statement, text });
    return Object.fromEntries(rows.map(({ i, n }) => [this.tables[i] as string, n]));
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/** Tables whose count differs, as `table: before -> after`. */
export function changedCounts(before: RowCounts, after: RowCounts): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} -> ${after[table]}`);
}
