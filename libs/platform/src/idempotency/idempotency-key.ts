import { createHash } from 'node:crypto';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** How long a key holds: a retry later than this creates anew. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** 1 to 255 visible ASCII characters, so a key is printable, loggable and fits any index. */
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

export class InvalidIdempotencyKeyError extends Error {
  constructor() {
    super(`${IDEMPOTENCY_KEY_HEADER} must be 1 to 255 visible ASCII characters`);
  }
}

/** The key a request carries, undefined without the header; throws when the header is malformed or repeated. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !VALID_KEY.test(header)) throw new InvalidIdempotencyKeyError();
  return header;
}

/** What makes a retry the same request: method, path and body (its keys in any order). */
export interface RequestFingerprint {
  method: string;
  route: string;
  bodyHash: string;
}

export function fingerprintOf(method: string, url: string, body: unknown): RequestFingerprint {
  const route = url.split('?')[0] ?? url;
  return { method: method.toUpperCase(), route, bodyHash: createHash('sha256').update(canonicalJson(body)).digest('hex') };
}

export function sameRequest(a: RequestFingerprint, b: RequestFingerprint): boolean {
  return a.method === b.method && a.route === b.route && a.bodyHash === b.bodyHash;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
