import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { STATUS_LIST_LENGTH } from './bitstring';

export class StatusListFullError extends Error {
  override readonly name = 'StatusListFullError';
  constructor() {
    super(`the status list is full (${STATUS_LIST_LENGTH} credentials)`);
  }
}

const ATTEMPTS = 50;

/**
 * A free entry of the status lists, chosen at random as the Bitstring Status List spec advises: an entry's
 * position then says nothing about when, or to whom, a credential was issued. Claimed in the caller's
 * transaction; a concurrent claim of the same entry makes one of them draw again.
 */
export async function claimStatusIndex(manager: EntityManager): Promise<number> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const candidate = randomInt(STATUS_LIST_LENGTH);
    const claimed = await manager.query<unknown[]>(
      'INSERT INTO status_entries (status_index) VALUES ($1) ON CONFLICT DO NOTHING RETURNING status_index',
      [candidate],
    );
    if (claimed.length === 1) return candidate;
  }
  throw new StatusListFullError();
}
