import { createRequire } from 'node:module';

/**
 * kafkajs is patched (patches/kafkajs+*.patch) to encode faster: into unzeroed buffers from Node's pool,
 * varints straight into the buffer, headers in place, a CRC32C eight bytes per step. These tests fail if
 * the patch is lost (an upgrade, an install without the postinstall step) or if the bytes it writes ever
 * differ from the format: checked against kafkajs's own decoder and against plain reference encodings.
 */

interface Encoder {
  buffer: Buffer;
  writeVarLong(value: number): Encoder;
}
interface DecodedRecord {
  key: Buffer;
  value: Buffer;
  headers: Record<string, Buffer>;
  offset: string;
}
type RecordEncoder = (record: { key: string; value: string; headers: Record<string, string>; offsetDelta: number }) => Encoder;
type RecordBatchEncoder = (batch: { records: Encoder[]; firstTimestamp: number; maxTimestamp: number; lastOffsetDelta: number }) => Promise<Encoder>;

const load = createRequire(__filename);
const EncoderClass = load('kafkajs/src/protocol/encoder') as (new () => Encoder) & { sizeOfVarLong(value: number): number };
const DecoderClass = load('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => unknown;
const decodeRecordBatch = load('kafkajs/src/protocol/recordBatch/v0/decoder') as (decoder: unknown) => Promise<{ records: DecodedRecord[] }>;
const crc32C = load('kafkajs/src/protocol/recordBatch/crc32C') as (buffer: Buffer) => number;
const encodeRecord = load('kafkajs/src/protocol/recordBatch/record/v0') as RecordEncoder;
const { RecordBatch: encodeRecordBatch } = load('kafkajs/src/protocol/recordBatch/v0') as { RecordBatch: RecordBatchEncoder };

const records = Array.from({ length: 50 }, (_, i) => ({
  key: `participant-${i % 7}`,
  value: JSON.stringify({ id: i, name: 'Ana Müller', note: 'ä'.repeat(i * 40) }),
  headers: { ce_specversion: '1.0', ce_id: `event-${i}`, ce_type: 'tandem.intake.participant-registered.v1', traceparent: '00-abc-def-01' },
  offsetDelta: i,
}));

async function encodedBatch(): Promise<Buffer> {
  const batch = await encodeRecordBatch({ records: records.map(encodeRecord), firstTimestamp: 1, maxTimestamp: 1, lastOffsetDelta: records.length - 1 });
  return Buffer.from(batch.buffer);
}

describe('kafkajs record encoding (patched)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('takes its buffers unzeroed, from Node\'s pool', () => {
    const allocUnsafe = jest.spyOn(Buffer, 'allocUnsafe');
    const alloc = jest.spyOn(Buffer, 'alloc');
    new EncoderClass();
    expect(allocUnsafe).toHaveBeenCalledTimes(1);
    expect(alloc).not.toHaveBeenCalled();
  });

  it('encodes a record without a buffer per varint or an encoder per header', () => {
    const from = jest.spyOn(Buffer, 'from');
    const allocUnsafe = jest.spyOn(Buffer, 'allocUnsafe');
    encodeRecord(records[1]);
    expect(from).not.toHaveBeenCalled();
    expect(allocUnsafe).toHaveBeenCalledTimes(1);
  });

  it('writes what kafkajs\'s own decoder reads back: keys, values, headers and offsets', async () => {
    const decoded = await decodeRecordBatch(new DecoderClass(await encodedBatch()));
    expect(decoded.records).toHaveLength(records.length);
    decoded.records.forEach((record, i) => {
      expect(record.key.toString()).toBe(records[i].key);
      expect(record.value.toString()).toBe(records[i].value);
      expect(record.offset).toBe(String(i));
      expect(Object.fromEntries(Object.entries(record.headers).map(([name, value]) => [name, value.toString()]))).toEqual(records[i].headers);
    });
  });

  it('writes long varints as zigzag LEB128, small and large alike', () => {
    for (const value of [0, 1, -1, 63, -64, 64, 300, -300, 2 ** 30 - 1, -(2 ** 30), 2 ** 30, 2 ** 31, -(2 ** 40), 1_796_541_756_954]) {
      const written = new EncoderClass().writeVarLong(value).buffer;
      expect([value, written.toString('hex')]).toEqual([value, zigzagLeb128(value).toString('hex')]);
      expect(EncoderClass.sizeOfVarLong(value)).toBe(written.length);
    }
  });

  it('computes CRC32C as the bitwise definition does, at every length', () => {
    expect(crc32C(Buffer.from('123456789'))).toBe(0xe3069283);
    const bytes = Buffer.from(Array.from({ length: 4099 }, (_, i) => (i * 7919 + (i >> 3)) & 0xff));
    for (const length of [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4099]) {
      const slice = bytes.subarray(0, length);
      expect([length, crc32C(slice)]).toEqual([length, bitwiseCrc32C(slice)]);
    }
  });

  it('exposes only the bytes it wrote: a batch encodes the same over zeroed memory and over garbage', async () => {
    const allocUnsafe = Buffer.allocUnsafe;
    jest.spyOn(Buffer, 'allocUnsafe').mockImplementation((size) => allocUnsafe(size).fill(0));
    const overZeroes = await encodedBatch();
    jest.spyOn(Buffer, 'allocUnsafe').mockImplementation((size) => allocUnsafe(size).fill(0xa5));
    const overGarbage = await encodedBatch();
    expect(overGarbage.equals(overZeroes)).toBe(true);
    expect(overZeroes.includes(Buffer.from('Ana Müller'))).toBe(true);
  });
});

/** The Kafka protocol's signed varint, written the plain way with BigInt. */
function zigzagLeb128(value: number): Buffer {
  let rest = BigInt.asUintN(64, (BigInt(value) << 1n) ^ (BigInt(value) >> 63n));
  const bytes: number[] = [];
  while (rest >= 0x80n) {
    bytes.push(Number(rest & 0x7fn) | 0x80);
    rest >>= 7n;
  }
  bytes.push(Number(rest));
  return Buffer.from(bytes);
}

/** CRC-32C (Castagnoli, reflected polynomial 0x82f63b78) one bit at a time. */
function bitwiseCrc32C(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
