import { Pool } from 'pg';
import type { TestDatabase } from '../test-database';

/** One node's database as a test sees it: plain SQL for counting and searching rows. */
export class NodeDatabase {
  private readonly pool: Pool;

  constructor(private readonly database: TestDatabase) {
    this.pool = new Pool({ connectionString: database.url, max: 4 });
  }

  get name(): string {
    return this.database.name;
  }

  get url(): string {
    return this.database.url;
  }

  async query<Row extends object = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query<Row>(sql, params)).rows;
  }

  /** Rows of `table` matching `where`; `table` is an identifier written by the test, never input. */
  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const [row] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoted(table)} WHERE ${where}`, params);
    return row?.n ?? 0;
  }

  /** How many rows of each table (of the public schema) hold `text` anywhere, case-insensitively; tables without any are left out. */
  async tablesContaining(text: string): Promise<Record<string, number>> {
    const tables = await this.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const found: Record<string, number> = {};
    for (const { name } of tables) {
      const rows = await this.count(name, `strpos(lower(${quoted(name)}::text), lower($1)) > 0`, [text]);
      if (rows > 0) found[name] = rows;
    }
    return found;
  }

  /** Which of `texts` each table (of the public schema) holds anywhere, case-insensitively: one read per table, however many texts. */
  async textsIn(texts: readonly string[]): Promise<Record<string, string[]>> {
    const tables = await this.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const needles = texts.map((text) => [text, text.toLowerCase()] as const);
    const found: Record<string, string[]> = {};
    for (const { name } of tables) {
      const rows = await this.query<{ row: string }>(`SELECT lower(t::text) AS row FROM ${quoted(name)} t`);
      const held = needles.filter(([, needle]) => rows.some(({ row }) => row.includes(needle))).map(([text]) => text);
      if (held.length > 0) found[name] = held;
    }
    return found;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async drop(): Promise<void> {
    await this.database.drop();
  }
}

function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
