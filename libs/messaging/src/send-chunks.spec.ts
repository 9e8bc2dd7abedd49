import { approximateRecordBytes, chunksUnder } from './send-chunks';

const record = (key: string, payloadBytes: number) => ({ message_key: key, payload: 'x'.repeat(payloadBytes), headers: { ce_id: key } });

describe('chunksUnder', () => {
  it('keeps records in order and every chunk under the limit', () => {
    const records = Array.from({ length: 100 }, (_, i) => record(`k${i}`, 1000));
    const chunks = chunksUnder(records, 10_000);
    expect(chunks.flat()).toEqual(records);
    for (const chunk of chunks) {
      expect(chunk.reduce((sum, r) => sum + approximateRecordBytes(r), 0)).toBeLessThanOrEqual(10_000);
    }
    expect(chunks.length).toBeGreaterThan(10);
  });

  it('sends a record larger than the limit alone rather than dropping it', () => {
    const records = [record('a', 10), record('big', 50_000), record('b', 10)];
    expect(chunksUnder(records, 10_000).map((chunk) => chunk.map((r) => r.message_key))).toEqual([['a'], ['big'], ['b']]);
  });

  it('makes one chunk of nothing at all', () => {
    expect(chunksUnder([], 10_000)).toEqual([]);
  });
});
