/**
 * A sleep that can be cut short: by a wake-up (a NOTIFY) or by stopping.
 * A wake-up that arrives while nobody sleeps is remembered, so none is lost between two sleeps.
 */
export class WakeSignal {
  private pending = false;
  private wakeSleeper?: () => void;

  wake(): void {
    if (this.wakeSleeper) this.wakeSleeper();
    else this.pending = true;
  }

  /** Resolves after `ms`, or earlier on wake(). */
  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeSleeper = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeSleeper = done;
    });
  }
}

export function backoffMs(attempt: number, initialMs: number, maxMs: number): number {
  const exponential = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + Math.random() * (exponential / 2));
}
