import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Figures } from './figures';

/** SHA-256 of the figures as canonical JSON (RFC 8785): equal figures give equal hashes, whatever the key order. */
export function figuresHash(figures: Figures): string {
  return createHash('sha256').update(canonicalize(figures) ?? '').digest('hex');
}
