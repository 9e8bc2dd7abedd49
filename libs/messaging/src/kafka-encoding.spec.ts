import { createRequire } from 'node:module';

/**
 * kafkajs is patched (patches/kafkajs+*.patch) to encode into unzeroed buffers from Node's pool, which
 * roughly halves the relay's encoding time. These tests fail if the patch is lost (an upgrade, an
 * install without the postinstall step) or if an encoder ever exposes a byte it did not write.
 */

interface Encoder {
  buffer: Buffer;
}
type RecordEncoder = (record: { key: string; value: string; headers: Record<string, string>; offsetDelta: number }) => Encoder;
type RecordBatchEncoder = (batch: { records: Encoder[]; firstTimestamp: number; maxTimestamp: number; lastOffsetDelta: number }) => Promise<Encoder>;

const load = createRequire(__filename);
const EncoderClass = load('kafkajs/src/protocol/encoder') as new () => Encoder;
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
