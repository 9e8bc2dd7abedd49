import { encodeStatusList, MalformedStatusListError, STATUS_LIST_LENGTH, statusBitAt } from './bitstring';

describe('bitstring status list', () => {
  it('sets exactly the given entries, counting bit 0 as the first byte’s most significant bit', () => {
    const list = encodeStatusList([0, 9, STATUS_LIST_LENGTH - 1]);
    expect(list.startsWith('u')).toBe(true);
    expect([0, 1, 8, 9, 10, STATUS_LIST_LENGTH - 2, STATUS_LIST_LENGTH - 1].map((index) => statusBitAt(list, index))).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
    const firstByte = Buffer.from(list.slice(1), 'base64url');
    expect(firstByte.length).toBeLessThan(1_000); // an almost empty 16 KiB list compresses well
  });

  it('refuses an index outside the list', () => {
    expect(() => encodeStatusList([STATUS_LIST_LENGTH])).toThrow(RangeError);
    expect(() => statusBitAt(encodeStatusList([]), STATUS_LIST_LENGTH)).toThrow(MalformedStatusListError);
  });

  it('calls a list that is not multibase gzip malformed', () => {
    expect(() => statusBitAt('zabc', 0)).toThrow(MalformedStatusListError);
    expect(() => statusBitAt('uAAAA', 0)).toThrow(MalformedStatusListError);
  });
});
