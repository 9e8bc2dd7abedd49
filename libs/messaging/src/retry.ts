import { isTransient } from './transient-error';
import { backoffMs, type WakeSignal } from './wake-signal';

export interface RetryPolicy {
  maxAttempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** Sleeps between tries; woken when stopping. */
  stopping: WakeSignal;
  isStopping: () => boolean;
  onRetry: (error: unknown, transient: boolean, failures: number) => void;
}

/** Stopping cut a retry short; the record stays uncommitted, so it is delivered again later. */
export class RetryStopped extends Error {}

/** A failure that is not transient and was still there after `maxAttempts` tries. */
export class GaveUp {
  constructor(
    readonly error: string,
    readonly attempts: number,
  ) {}
}

/** Runs `step` until it returns: transient failures until they pass, any other up to `maxAttempts` times. */
export async function retrying<T>(step: () => Promise<T>, policy: RetryPolicy): Promise<T | GaveUp> {
  let failures = 0;
  let transientFailures = 0;
  for (;;) {
    try {
      return await step();
    } catch (error) {
      if (policy.isStopping()) throw new RetryStopped();
      const transient = isTransient(error);
      if (transient) transientFailures++;
      else failures++;
      if (!transient && failures >= policy.maxAttempts) {
        return new GaveUp(error instanceof Error ? `${error.name}: ${error.message}` : String(error), failures);
      }
      policy.onRetry(error, transient, failures);
      const { initialBackoffMs, maxBackoffMs } = policy;
      await policy.stopping.sleep(backoffMs(transient ? transientFailures : failures, initialBackoffMs, maxBackoffMs));
    }
  }
}
