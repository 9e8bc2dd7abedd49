import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROLES, type Role } from '@tandem/platform';

export const MATRIX_FILE = join(__dirname, '..', 'authz-matrix.yaml');

/** What an ownership case names: the parts of one person's record the suite seeds on each node. */
export type ObjectKind = 'participant' | 'case' | 'consent' | 'evidence' | 'referral' | 'enrollment' | 'entitlement' | 'placement' | 'grievance' | 'credential' | 'share' | 'request';

export interface MatrixRow {
  service: string;
  method: string;
  /** The OpenAPI template, e.g. `/cases/{id}/notes`. */
  path: string;
  /** Empty for a public route. */
  allow: Role[];
  public: boolean;
  object?: ObjectKind;
  /** Path and query parameter -> fixture key of the record. */
  params: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
  multipart: boolean;
  scope: Partial<Record<Role, 'case' | 'node'>>;
  /** What each allowed role gets for a record it may not reach. */
  denied: Partial<Record<Role, '404' | 'empty'>>;
}

interface RawRow {
  route: string;
  allow: string[] | 'public' | 'readers';
  object?: ObjectKind;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  multipart?: boolean;
  scope?: Record<string, 'case' | 'node'>;
  denied?: 404 | '404' | 'empty' | Record<string, 404 | '404' | 'empty'>;
}

const READERS: Role[] = ROLES.filter((role) => role !== 'integrator');

export function routeKey(service: string, method: string, path: string): string {
  return `${service} ${method} ${path}`;
}

/** The matrix file, checked for shape: a typo in a role or a key fails here, not as a silent pass. */
export function loadMatrix(file = MATRIX_FILE): MatrixRow[] {
  const document = parse(readFileSync(file, 'utf8')) as { routes: Record<string, RawRow[]> };
  return Object.entries(document.routes).flatMap(([service, rows]) => rows.map((raw) => toRow(service, raw)));
}

function toRow(service: string, raw: RawRow): MatrixRow {
  const [method, path, ...rest] = raw.route.split(' ');
  if (!method || !path || rest.length > 0) throw new Error(`${service}: bad route "${raw.route}"`);
  const allow = raw.allow === 'public' ? [] : raw.allow === 'readers' ? READERS : raw.allow;
  for (const role of allow) if (!(ROLES as readonly string[]).includes(role)) throw new Error(`${service} ${raw.route}: unknown role ${role}`);
  const known = new Set(['route', 'allow', 'object', 'params', 'query', 'body', 'multipart', 'scope', 'denied']);
  for (const key of Object.keys(raw)) if (!known.has(key)) throw new Error(`${service} ${raw.route}: unknown key ${key}`);
  const scope: Partial<Record<Role, 'case' | 'node'>> = {};
  const denied: Partial<Record<Role, '404' | 'empty'>> = {};
  for (const role of allow as Role[]) {
    scope[role] = raw.scope?.[role] ?? (role === 'caseworker' ? 'case' : 'node');
    const answer = typeof raw.denied === 'object' ? raw.denied[role] : raw.denied;
    denied[role] = answer === 'empty' ? 'empty' : '404';
  }
  return {
    service,
    method,
    path,
    allow: allow as Role[],
    public: raw.allow === 'public',
    object: raw.object,
    params: raw.params ?? {},
    query: raw.query ?? {},
    body: raw.body,
    multipart: raw.multipart ?? false,
    scope,
    denied,
  };
}
