import type { NodePair, TestService } from '@tandem/devkit';
import { type Check, shapeOf, verdict } from './checks';
import { routeKey } from './matrix';
import { type Answer, call, evidenceForm, inParallel, type Tokens } from './requests';

export interface Mismatch {
  check: string;
  problem: string;
  answer: string;
}

const CONCURRENCY = 12;

export function describeCheck(check: Check): string {
  const who = check.role ? ` as ${check.role}` : '';
  return `${check.node} ${routeKey(check.row.service, check.row.method, check.row.path)} [${check.kind}${who}] ${check.path}`;
}

async function send(pair: NodePair, tokens: Tokens, check: Check): Promise<Answer> {
  const node = pair[check.node];
  const partner = pair[check.node === 'de' ? 'pl' : 'de'];
  const service = node.service(check.row.service);
  let token: string | undefined;
  // The partner's own issuer, signing a token of every role for the partner's municipality: valid there, refused here.
  if (check.kind === 'foreign-token') token = await tokens.get(partner, ['admin', 'caseworker'], 'admin-partner');
  else if (check.kind !== 'no-token') token = await tokens.get(node, [check.role as string], check.subject as string);
  const body = check.body === 'multipart' ? evidenceForm() : check.body;
  return call(service.url, check.row.method, check.path, token, body);
}

/** Sends every check, moderately in parallel, and returns each answer with what broke the matrix. */
export async function runChecks(pair: NodePair, tokens: Tokens, checks: Check[]): Promise<Array<{ check: Check; answer: Answer; mismatch?: Mismatch }>> {
  return inParallel(checks, CONCURRENCY, async (check) => {
    const answer = await send(pair, tokens, check);
    const problem = verdict(check, answer);
    return { check, answer, mismatch: problem ? { check: describeCheck(check), problem, answer: shapeOf(answer).slice(0, 300) } : undefined };
  });
}

/**
 * A 404 for an id that does not exist must read like the 404 for someone else's record: same status,
 * same text once ids are made alike. Compared with other-case where the role reaches by case, else other-node.
 */
export function probeDifferences(results: Array<{ check: Check; answer: Answer }>): Mismatch[] {
  const byKey = new Map(results.map((result) => [`${describeCheck(result.check).split(' [')[0]}|${result.check.role}|${result.check.kind}`, result]));
  const mismatches: Mismatch[] = [];
  for (const result of results) {
    const { check, answer } = result;
    if (check.kind !== 'nonexistent' || check.expected !== '404' || answer.status !== 404) continue;
    const prefix = `${describeCheck(check).split(' [')[0]}|${check.role}|`;
    const scope = check.row.scope[check.role as keyof typeof check.row.scope];
    const twin = byKey.get(prefix + (scope === 'case' ? 'other-case' : 'other-node'));
    if (!twin || twin.answer.status !== 404) continue;
    if (shapeOf(answer) !== shapeOf(twin.answer)) {
      mismatches.push({ check: describeCheck(check), problem: `a nonexistent id answers unlike ${twin.check.kind}`, answer: `${shapeOf(answer)} vs ${shapeOf(twin.answer)}` });
    }
  }
  return mismatches;
}

export type RowCounts = Record<string, number>;

/** Exact row counts of every table of the service's database, in one statement. */
export async function rowCounts(service: TestService): Promise<RowCounts> {
  const tables = await service.database.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const sql = tables.map(({ name }, index) => `SELECT ${index} AS i, count(*)::int AS n FROM ${name}`).join(' UNION ALL ');
  const rows = await service.database.query<{ i: number; n: number }>(sql);
  return Object.fromEntries(rows.map(({ i, n }) => [tables[i]?.name as string, n]));
}

export function changedCounts(before: RowCounts, after: RowCounts): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} -> ${after[table]}`);
}
