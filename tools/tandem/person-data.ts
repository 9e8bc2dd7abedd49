import { Client, types } from 'pg';
import type { Precondition, ServiceRules, TableRule } from './person-rules';

/** The person as the operator names them: by participant id here, or by the id of a referral from a partner node. */
export interface Subject {
  kind: 'participant' | 'referral';
  id: string;
}

export type IdSets = Record<string, string[]>;

/** Calendar dates stay `YYYY-MM-DD` text: a Date would shift them by the machine's time zone in JSON. */
const DATE_OID = 1082;
const clientTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID ? (value: string) => value : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
};

export async function connect(service: string, url: string): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000, types: clientTypes });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`${service}: PostgreSQL does not answer at ${new URL(url).host}: ${(error as Error).message}`);
  }
  return client;
}

/** Replaces each `:name` with a positional parameter holding that id set; `::casts` are left alone. */
export function bind(sql: string, sets: IdSets): { text: string; values: string[][] } {
  const values: string[][] = [];
  const text = sql.replace(/(?<!:):([a-z_]+)/g, (_match, name: string) => {
    const set = sets[name];
    if (!set) throw new Error(`no id set named ${name} in: ${sql}`);
    values.push(set);
    return `$${values.length}`;
  });
  return { text, values };
}

export async function query<Row extends object>(client: Client, sql: string, sets: IdSets): Promise<Row[]> {
  const { text, values } = bind(sql, sets);
  return (await client.query<Row>(text, values)).rows;
}

export function seedSets(subject: Subject): IdSets {
  return { participants: subject.kind === 'participant' ? [subject.id] : [], referrals: subject.kind === 'referral' ? [subject.id] : [], all: [] };
}

/** Runs the service's id queries in order; each may use the sets found before it. */
export async function deriveIds(client: Client, rules: ServiceRules, given: IdSets): Promise<IdSets> {
  const sets = { ...given };
  for (const { name, sql } of rules.ids) {
    const rows = await query<{ id: string }>(client, sql, sets);
    sets[name] = [...new Set(rows.map((row) => String(row.id)))];
  }
  return sets;
}

/** Every id that stands for the person or one of their records, in any service: what audit rows and events name. */
export function allIds(perService: IdSets[]): string[] {
  return [...new Set(perService.flatMap((sets) => Object.entries(sets).filter(([name]) => name !== 'all').flatMap(([, ids]) => ids)))];
}

export async function selectRows(client: Client, rule: TableRule, sets: IdSets): Promise<Record<string, unknown>[]> {
  const rows = await query<Record<string, unknown>>(client, `SELECT * FROM ${rule.table} WHERE ${rule.where}`, sets);
  return rows.map(portable);
}

/** Bytes (evidence documents, hashes) as base64, so the document stays plain JSON. */
function portable(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Buffer.isBuffer(value) ? { base64: value.toString('base64') } : value]));
}

export async function unmetPreconditions(client: Client, preconditions: Precondition[], sets: IdSets): Promise<string[]> {
  const problems: string[] = [];
  for (const { count, problem } of preconditions) {
    const [row] = await query<{ count: string }>(client, count, sets);
    if (Number(row?.count ?? 0) > 0) problems.push(`${row?.count} ${problem}`);
  }
  return problems;
}

/** The rows a rule would change now: all selected rows for a delete, only those not yet minimised for an anonymise. */
export function changeCondition(rule: TableRule): string | undefined {
  switch (rule.rule.action) {
    case 'delete':
      return rule.where;
    case 'anonymise':
      return `(${rule.where}) AND (${Object.entries(rule.rule.columns)
        .map(([column, value]) => `${column} IS DISTINCT FROM ${value}`)
        .join(' OR ')})`;
    case 'retain':
      return undefined;
  }
}

export async function countWhere(client: Client, table: string, where: string, sets: IdSets): Promise<number> {
  const [row] = await query<{ n: number }>(client, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, sets);
  return row?.n ?? 0;
}

/** Applies one rule; returns the rows it changed (0 for retain, and on a second run). */
export async function applyRule(client: Client, rule: TableRule, sets: IdSets): Promise<number> {
  const condition = changeCondition(rule);
  if (condition === undefined || rule.rule.action === 'retain') return 0;
  const { text, values } =
    rule.rule.action === 'delete'
      ? bind(`DELETE FROM ${rule.table} WHERE ${condition}`, sets)
      : bind(`UPDATE ${rule.table} SET ${Object.entries(rule.rule.columns).map(([column, value]) => `${column} = ${value}`).join(', ')} WHERE ${condition}`, sets);
  return (await client.query(text, values)).rowCount ?? 0;
}

/** The operator's entry in the service's audit log; the chain trigger needs read committed, the default. */
export async function audit(client: Client, operator: string, action: 'export' | 'erase', subject: Subject): Promise<void> {
  await client.query(
    `INSERT INTO audit_log (actor, actor_roles, action, resource_type, resource_id, purpose) VALUES ($1, $2, $3, $4, $5, $6)`,
    [operator, ['operator'], action, subject.kind, subject.id, 'data-subject-request'],
  );
}

/** One line on stderr, redrawn in place on a terminal; a line per step otherwise, so logs stay readable. */
export function progress(total: number): (done: number, label: string) => void {
  const width = 24;
  return (done, label) => {
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line.padEnd(78)}${done === total ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
}
