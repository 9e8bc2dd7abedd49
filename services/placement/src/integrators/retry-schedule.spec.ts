import { nextAttemptAt, retryDelay } from './retry-schedule';

describe('retry schedule', () => {
  const middle = () => 0.5;

  it('waits 5 s, 30 s, 2 min, 10 min, 1 h, then hourly at a 5 s base', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((failures) => retryDelay(failures, 5_000, middle))).toEqual([
      5_000, 30_000, 120_000, 600_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
  });

  it('jitters each wait by at most 20 % either way', () => {
    expect(retryDelay(2, 5_000, () => 0)).toBe(24_000);
    expect(retryDelay(2, 5_000, () => 1)).toBe(36_000);
  });

  it('gives up once the next attempt would fall more than a day after the first', () => {
    const policy = { baseMs: 5_000, giveUpAfterMs: 86_400_000 };
    const first = new Date('2027-01-01T00:00:00Z');
    const lastHour = new Date('2027-01-01T22:59:00Z');
    expect(nextAttemptAt(policy, 10, first, lastHour, middle)).toEqual(new Date('2027-01-01T23:59:00Z'));
    expect(nextAttemptAt(policy, 11, first, new Date('2027-01-01T23:01:00Z'), middle)).toBeNull();
  });
});
