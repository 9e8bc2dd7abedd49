import type { PoolClient } from 'pg';
import type { OutboxRelay, OutboxRow } from '@tandem/messaging';

export type Phase = 'claim' | 'guard' | 'sendBatch' | 'markSent' | 'connect+begin+commit';

// TypeScript mixins need a constructor taking any[].
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RelayClass = new (...args: any[]) => OutboxRelay;

/**
 * A relay class with wall-clock timers around its steps. The guard query is private, so its time
 * is the gap between the end of claim() and the next step, publishAndMark() or publish(); what is
 * left of the whole transaction is taking a pooled connection, BEGIN and COMMIT.
 */
export function withStepTimers<Base extends RelayClass>(Relay: Base) {
  return class TimedRelay extends Relay {
    readonly phaseMs: Record<Phase, number> = {
      claim: 0,
      guard: 0,
      sendBatch: 0,
      markSent: 0,
      'connect+begin+commit': 0,
    };
    private claimEnded = 0;

    override async drainOnce(): Promise<{ claimed: number; published: number }> {
      const started = performance.now();
      const stepsBefore = this.stepsMs();
      const result = await super.drainOnce();
      this.phaseMs['connect+begin+commit'] += performance.now() - started - (this.stepsMs() - stepsBefore);
      return result;
    }

    protected override async claim(client: PoolClient): Promise<OutboxRow[]> {
      const rows = await this.timed('claim', () => super.claim(client));
      this.claimEnded = performance.now();
      return rows;
    }

    protected override async publishAndMark(client: PoolClient, rows: OutboxRow[]): Promise<void> {
      this.endGuard();
      await super.publishAndMark(client, rows);
    }

    protected override publish(rows: OutboxRow[]): Promise<void> {
      this.endGuard();
      return this.timed('sendBatch', () => super.publish(rows));
    }

    protected override markSent(client: PoolClient, rows: OutboxRow[]): Promise<void> {
      return this.timed('markSent', () => super.markSent(client, rows));
    }

    private endGuard(): void {
      if (this.claimEnded === 0) return;
      this.phaseMs.guard += performance.now() - this.claimEnded;
      this.claimEnded = 0;
    }

    private stepsMs(): number {
      const { claim, guard, sendBatch, markSent } = this.phaseMs;
      return claim + guard + sendBatch + markSent;
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
