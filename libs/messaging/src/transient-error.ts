import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

// PostgreSQL SQLSTATEs that say "try again later", not "this message is bad".
const TRANSIENT_SQLSTATE_CLASSES = ['08', '53', '57']; // connection, resources, operator intervention
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01']); // serialization failure, deadlock
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
// pg's "Client has encountered a connection error and is not queryable" and "Client was closed and is not
// queryable": a client whose connection the database ended while it was lent out; the pool drops it on
// release, so the retry gets a live one.
const TRANSIENT_MESSAGES = [/connection terminated/i, /connection.*(closed|ended)/i, /timeout exceeded when trying to connect/i, /is not queryable/i];

interface ErrorShape {
  code?: unknown;
  retriable?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/**
 * True when a failure comes from the infrastructure (database or broker unreachable, deadlock),
 * so the message must be retried until it succeeds and never dead-lettered.
 */
export function isTransient(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as ErrorShape;
  const code = typeof e.code === 'string' ? e.code : '';
  if (TRANSIENT_SQLSTATES.has(code) || TRANSIENT_NODE_CODES.has(code)) return true;
  if (/^[0-9A-Z]{5}$/.test(code) && TRANSIENT_SQLSTATE_CLASSES.includes(code.slice(0, 2))) return true;
  if (e.retriable === true) return true;
  // TypeORM releases a transaction's query runner when its connection reports an error (the database
  // ended it), so the transaction's next query fails with one of these instead of the connection error.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  if (typeof e.message === 'string' && TRANSIENT_MESSAGES.some((pattern) => pattern.test(e.message as string))) {
    return true;
  }
  return isTransient(e.driverError, depth + 1) || isTransient(e.cause, depth + 1);
}
