/** How long to wait after each failed attempt, and when to give up. */
export interface RetryPolicy {
  /** The first wait; later ones are multiples of it (5 s gives 5 s, 30 s, 2 min, 10 min, 1 h, then hourly). */
  baseMs: number;
  /** Counted from the first attempt: after this, the delivery has failed. */
  giveUpAfterMs: number;
}

const STEPS = [1, 6, 24, 120, 720];

/** The wait after the `failures`-th failure, ±20 % so receivers that fail together are not retried in lockstep. */
export function retryDelay(failures: number, baseMs: number, random: () => number = Math.random): number {
  const step = STEPS[Math.min(Math.max(failures, 1), STEPS.length) - 1];
  return Math.round(baseMs * step * (0.8 + 0.4 * random()));
}

/** When to try again after a failure, or null when the next attempt would fall past the give-up time. */
export function nextAttemptAt(policy: RetryPolicy, failures: number, firstAttemptAt: Date, now: Date, random?: () => number): Date | null {
  const next = new Date(now.getTime() + retryDelay(failures, policy.baseMs, random));
  return next.getTime() - firstAttemptAt.getTime() > policy.giveUpAfterMs ? null : next;
}
