/**
 * kafkajs sends all of one partition's messages of a sendBatch as one record batch and never
 * splits it; the broker refuses batches over message.max.bytes (1 MiB by default). Requests are
 * kept under this size so a burst on one key cannot block the relay.
 */
export const MAX_SEND_BYTES = 900 * 1024;

// Varints, attributes and deltas of one record, and per header.
const RECORD_OVERHEAD_BYTES = 32;
const HEADER_OVERHEAD_BYTES = 4;

export interface SizedRecord {
  message_key: string;
  payload: string;
  headers: Record<string, string>;
}

export function approximateRecordBytes(record: SizedRecord): number {
  let bytes = RECORD_OVERHEAD_BYTES + Buffer.byteLength(record.message_key) + Buffer.byteLength(record.payload);
  for (const [name, value] of Object.entries(record.headers)) {
    bytes += HEADER_OVERHEAD_BYTES + Buffer.byteLength(name) + Buffer.byteLength(value);
  }
  return bytes;
}

/** Consecutive runs of records, in order, each under maxBytes (a larger single record goes alone). */
export function chunksUnder<T extends SizedRecord>(records: T[], maxBytes = MAX_SEND_BYTES): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = approximateRecordBytes(record);
    if (chunk.length > 0 && bytes + size > maxBytes) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(record);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
