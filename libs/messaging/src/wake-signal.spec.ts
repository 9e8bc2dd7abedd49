import { backoffMs, WakeSignal } from './wake-signal';

describe('WakeSignal', () => {
  it('ends a sleep early when woken', async () => {
    const signal = new WakeSignal();
    const started = Date.now();
    const sleeping = signal.sleep(10_000);
    signal.wake();
    await sleeping;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('remembers a wake-up that came while nobody slept', async () => {
    const signal = new WakeSignal();
    signal.wake();
    const started = Date.now();
    await signal.sleep(10_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('backoffMs', () => {
  it('grows with each attempt and never passes the cap', () => {
    for (let attempt = 1; attempt <= 20; attempt++) {
      const ms = backoffMs(attempt, 100, 5000);
      expect(ms).toBeGreaterThanOrEqual(Math.min(5000, 100 * 2 ** (attempt - 1)) / 2);
      expect(ms).toBeLessThanOrEqual(5000);
    }
  });
});
