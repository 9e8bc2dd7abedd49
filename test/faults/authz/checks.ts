import { randomBytes, randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@tandem/platform';
import type { MatrixRow } from './matrix';
import type { Answer } from './requests';
import { COLLEAGUE, type NodeFixtures, OWNER, type Records } from './seed';

export type Ownership = 'own' | 'other-case' | 'other-node' | 'nonexistent';
export type Expected = 'allowed' | '401' | '403' | '404' | 'empty';

export interface Check {
  node: 'de' | 'pl';
  row: MatrixRow;
  kind: 'no-token' | 'foreign-token' | 'role' | Ownership;
  role?: Role;
  subject?: string;
  expected: Expected;
  path: string;
  body?: unknown;
}

/** Path parameters that are not records: a value each route takes. */
const LITERAL_PARAMS: Record<string, string> = { code: '7212', days: '30', purpose: 'revocation', subject: 'integrator-nobody' };

function nonexistent(fixtures: Records): Records {
  return Object.fromEntries(Object.keys(fixtures).map((key) => [key, randomUUID()]));
}

interface Target {
  records: Records;
  shared: Record<string, string>;
  owner: string;
}

/** `label` picks a record seeded for one caller (`share:admin`) where one call uses it up, as deleting a share does. */
function resolvePath(row: MatrixRow, { records }: Target, label?: string): string {
  const path = row.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const key = row.params[name];
    if (key) return records[`${key}:${label}`] ?? records[key] ?? `unseeded-${key}`;
    if (name === 'token') return randomBytes(16).toString('hex');
    return LITERAL_PARAMS[name] ?? randomUUID();
  });
  const query = Object.entries(row.query).map(([name, value]) => `${name}=${encodeURIComponent(records[value] ?? value)}`);
  return query.length > 0 ? `${path}?${query.join('&')}` : path;
}

function resolveBody(value: unknown, target: Target): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{(\w+)\}/g, (_, key: string) => (key === 'owner' ? target.owner : (target.shared[key] ?? target.records[key] ?? `unseeded-${key}`)));
  }
  if (Array.isArray(value)) return value.map((item) => resolveBody(item, target));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveBody(item, target)]));
  return value;
}

const hasBody = (method: string) => ['POST', 'PUT', 'PATCH'].includes(method);

/**
 * Every check of one row on one node: no token, the partner's token, each role (an empty body:
 * the role guard answers before validation, so a 400 means the caller got past it), and for a
 * record route each ownership case as each allowed role reaches records.
 */
export function checksOf(row: MatrixRow, node: 'de' | 'pl', fixtures: { de: NodeFixtures; pl: NodeFixtures }, index: number): Check[] {
  const here = fixtures[node];
  const partner = fixtures[node === 'de' ? 'pl' : 'de'];
  const own: Target = { records: here.own, shared: here.shared, owner: OWNER };
  const emptyBody = hasBody(row.method) ? {} : undefined;
  const base = { node, row, path: resolvePath(row, own), body: emptyBody };
  const checks: Check[] = [{ ...base, kind: 'no-token', expected: row.public ? 'allowed' : '401' }];
  if (!row.public) checks.push({ ...base, kind: 'foreign-token', expected: '401' });
  for (const role of ROLES) {
    const allowed = row.public || row.allow.includes(role);
    checks.push({ ...base, kind: 'role', role, subject: role === 'caseworker' ? OWNER : `${role}-matrix`, expected: allowed ? 'allowed' : '403', path: resolvePath(row, own, 'matrix') });
  }
  if (!row.object) return checks;
  const targets: Record<Ownership, Target> = {
    own,
    'other-case': { records: here.other, shared: here.shared, owner: COLLEAGUE },
    'other-node': { records: partner.own, shared: here.shared, owner: OWNER },
    nonexistent: { records: nonexistent(here.own), shared: here.shared, owner: OWNER },
  };
  for (const role of row.allow) {
    const scope = row.scope[role] ?? 'node';
    // A subject of its own per row: a decision by one officer must not make another row's officer its decider.
    const subject = scope === 'case' ? OWNER : `${role}-${row.service}-${index}`;
    for (const [kind, target] of Object.entries(targets) as Array<[Ownership, Target]>) {
      const reaches = kind === 'own' || (kind === 'other-case' && scope === 'node');
      const body = row.multipart ? 'multipart' : row.body === undefined ? emptyBody : resolveBody(row.body, target);
      checks.push({ node, row, kind, role, subject, expected: reaches ? 'allowed' : (row.denied[role] ?? '404'), path: resolvePath(row, target, role), body });
    }
  }
  return checks;
}

function isEmptyList(body: unknown): boolean {
  if (Array.isArray(body)) return body.length === 0;
  if (!body || typeof body !== 'object') return false;
  const lists = Object.values(body).filter(Array.isArray);
  return lists.length > 0 && lists.every((list) => list.length === 0);
}

/** Why the answer breaks the matrix, or undefined when it keeps it. */
export function verdict(check: Pick<Check, 'kind' | 'expected'>, answer: Answer): string | undefined {
  const { status } = answer;
  // A role check may use an id nobody holds (404 is the handler's answer, past the guard); a record the caller reaches may not.
  const refused = check.kind === 'role' || check.kind === 'no-token' ? [401, 403] : [401, 403, 404];
  switch (check.expected) {
    case 'allowed':
      return refused.includes(status) || status >= 500 ? `expected to be let through, got ${status}` : undefined;
    case 'empty':
      return status === 200 && isEmptyList(answer.body) ? undefined : `expected an empty list, got ${status}`;
    default:
      return String(status) === check.expected ? undefined : `expected ${check.expected}, got ${status}`;
  }
}

/** The answer with every id made alike, so two 404s about different ids compare equal when they say the same. */
export function shapeOf(answer: Answer): string {
  return `${answer.status} ${JSON.stringify(answer.body).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')}`;
}
