import type { PoolClient } from 'pg';
import type { ClaimedBatch, OutboxRelay, OutboxRow } from '@tandem/messaging';

export type Phase = 'claim' | 'sendBatch' | 'markSent';

// TypeScript mixins need a constructor taking any[].
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RelayClass = new (...args: any[]) => OutboxRelay;

/**
 * A relay class with wall-clock timers around its steps. The relay overlaps batches (one is sent
 * while another is claimed or marked sent), so the steps' times add up to more than the drain's:
 * each says how busy that side was, and the busiest one bounds the throughput.
 */
export function withStepTimers<Base extends RelayClass>(Relay: Base) {
  return class TimedRelay extends Relay {
    readonly phaseMs: Record<Phase, number> = { claim: 0, sendBatch: 0, markSent: 0 };

    protected override claim(publishedAhead: string[]): Promise<ClaimedBatch> {
      return this.timed('claim', () => super.claim(publishedAhead));
    }

    protected override publish(batch: ClaimedBatch): Promise<void> {
      return this.timed('sendBatch', () => super.publish(batch));
    }

    protected override markSent(client: PoolClient, rows: OutboxRow[]): Promise<void> {
      return this.timed('markSent', () => super.markSent(client, rows));
    }

    private async timed<T>(phase: Phase, step: () => Promise<T>): Promise<T> {
      const started = performance.now();
      try {
        return await step();
      } finally {
        this.phaseMs[phase] += performance.now() - started;
      }
    }
  };
}
