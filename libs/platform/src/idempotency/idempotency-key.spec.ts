import { fingerprintOf, idempotencyKeyOf, InvalidIdempotencyKeyError, sameRequest } from './idempotency-key';

describe('Idempotency-Key', () => {
  it('accepts 1 to 255 visible ASCII characters and no header at all', () => {
    expect(idempotencyKeyOf(undefined)).toBeUndefined();
    expect(idempotencyKeyOf('a')).toBe('a');
    expect(idempotencyKeyOf('~'.repeat(255))).toHaveLength(255);
    expect(idempotencyKeyOf('3f1c-9b2e:retry/1')).toBe('3f1c-9b2e:retry/1');
  });

  it('refuses an empty, long, spaced, non-ASCII or repeated key', () => {
    for (const header of ['', 'x'.repeat(256), 'a b', 'tab\there', 'ä', ['a', 'b']]) {
      expect(() => idempotencyKeyOf(header)).toThrow(InvalidIdempotencyKeyError);
    }
  });

  it('takes a body with its fields in another order for the same request, and any change of value, path or method for another', () => {
    const first = fingerprintOf('post', '/participants?x=1', { a: 1, b: { c: [1, 2], d: null } });
    expect(first.route).toBe('/participants');
    expect(sameRequest(first, fingerprintOf('POST', '/participants', { b: { d: null, c: [1, 2] }, a: 1 }))).toBe(true);
    expect(sameRequest(first, fingerprintOf('POST', '/participants', { a: 1, b: { c: [2, 1], d: null } }))).toBe(false);
    expect(sameRequest(first, fingerprintOf('POST', '/participants/x', { a: 1, b: { c: [1, 2], d: null } }))).toBe(false);
    expect(sameRequest(first, fingerprintOf('PUT', '/participants', { a: 1, b: { c: [1, 2], d: null } }))).toBe(false);
  });
});
