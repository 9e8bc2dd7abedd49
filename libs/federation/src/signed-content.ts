import type { KafkaRecord } from '@tandem/contracts';
import canonicalize from 'canonicalize';

export const SENDER_HEADER = 'xb_sender';
export const DESTINATION_HEADER = 'xb_destination';
export const SIGNATURE_HEADER = 'xb_signature';

/** Separates these signatures from anything else a node signs with the same key (JWTs, credentials). */
export const SIGNATURE_TYPE = 'tandem-xb+jws';

/** The headers a signature covers: the whole CloudEvents envelope and the trace context. */
export function isCoveredHeader(name: string): boolean {
  return name.startsWith('ce_') || name === 'traceparent';
}

export function coveredHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => isCoveredHeader(name)));
}

export class UnparsableDataError extends Error {
  override readonly name = 'UnparsableDataError';
}

/**
 * The bytes a signature is made over: RFC 8785 canonical JSON of sender, destination, key, covered
 * headers and the parsed data. Signing the parsed data (not the raw value) keeps the signature valid
 * across re-serialisation, while any change in meaning breaks it; so receivers must apply exactly
 * the `data` returned here (and by the verifier), never a re-parse with another parser.
 */
export function signingInput(record: KafkaRecord, sender: string, destination: string): { bytes: Uint8Array; data: unknown } {
  const data = parseData(record.value);
  const content = { sender, destination, key: record.key, headers: coveredHeaders(record.headers), data };
  let canonical: string | undefined;
  try {
    canonical = canonicalize(content);
  } catch (error) {
    // e.g. a number too large for a double, which JSON.parse turns into Infinity.
    throw new UnparsableDataError(`data cannot be canonicalised: ${(error as Error).message}`);
  }
  if (canonical === undefined) throw new UnparsableDataError('data cannot be canonicalised');
  return { bytes: new TextEncoder().encode(canonical), data };
}

function parseData(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch (error) {
    throw new UnparsableDataError(`data is not JSON: ${(error as Error).message}`);
  }
}
