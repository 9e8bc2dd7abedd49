import { bigintArray } from './sql-literals';

describe('bigintArray', () => {
  it('writes outbox ids as an array literal', () => {
    expect(bigintArray(['1', '42'])).toBe("'{1,42}'::bigint[]");
    expect(bigintArray([])).toBe("'{}'::bigint[]");
  });

  it('refuses anything but an id', () => {
    expect(() => bigintArray(['1', "1}'; DROP TABLE outbox; --"])).toThrow(/not an outbox id/);
    expect(() => bigintArray(['-1'])).toThrow(/not an outbox id/);
    expect(() => bigintArray(['1'.repeat(20)])).toThrow(/not an outbox id/);
  });
});
