import { gunzipSync, gzipSync } from 'node:zlib';

/** W3C Bitstring Status List: at least 131,072 entries, so one credential's status hides among many. */
export const STATUS_LIST_LENGTH = 131_072;

/** The list as the spec encodes it: bit 0 is the first byte's most significant bit; gzip, base64url, multibase `u`. */
export function encodeStatusList(setIndexes: Iterable<number>, length = STATUS_LIST_LENGTH): string {
  const bytes = Buffer.alloc(length / 8);
  for (const index of setIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= length) throw new RangeError(`status index ${index} is outside 0..${length - 1}`);
    bytes.writeUInt8(bytes.readUInt8(index >> 3) | (0x80 >> (index & 7)), index >> 3);
  }
  return `u${gzipSync(bytes).toString('base64url')}`;
}

export class MalformedStatusListError extends Error {
  override readonly name = 'MalformedStatusListError';
}

/** Whether `index` is set in an encoded list; a list that does not decode, or is too short, is malformed. */
export function statusBitAt(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new MalformedStatusListError('the encoded list is not multibase base64url (u…)');
  let bytes: Buffer;
  try {
    bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: 16 * 1024 * 1024 });
  } catch {
    throw new MalformedStatusListError('the encoded list does not decompress');
  }
  if (index < 0 || index >= bytes.length * 8) throw new MalformedStatusListError(`the list has no entry ${index}`);
  return (bytes.readUInt8(index >> 3) & (0x80 >> (index & 7))) !== 0;
}
