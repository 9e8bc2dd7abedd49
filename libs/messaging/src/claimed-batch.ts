import type { Pool, PoolClient, QueryResult } from 'pg';
import type { Logger } from './logger';
import type { OutboxRow } from './outbox-relay';

/**
 * How a claiming transaction runs. Losing a "sent" mark in a database crash only publishes its rows
 * again (consumers deduplicate), so the commit need not wait for the disk. Every row sent leaves a
 * dead entry in the unsent-rows index until a vacuum: a bitmap scan visits all of them on every
 * claim, while an index scan marks them dead the first time, so later claims skip them.
 */
export const CLAIM_SETTINGS = 'SET LOCAL synchronous_commit = off; SET LOCAL enable_bitmapscan = off;';

/** Outbox rows claimed by one open transaction, which ends when they are marked sent or rolled back. */
export class ClaimedBatch {
  rows: OutboxRow[] = [];
  /** The claimed rows whose keys have nothing older left unpublished. */
  publishable: OutboxRow[] = [];
  private ended = false;

  private constructor(
    readonly client: PoolClient,
    private readonly lost: (error: Error) => void,
  ) {}

  /**
   * Opens a transaction and runs `claim`, a statement selecting outbox rows, in it: one round trip,
   * as a quiet outbox sends one row per transaction and each round trip adds to every event's latency.
   * Until `hold` says otherwise, none of the rows is publishable.
   */
  static async begin(pool: Pool, logger: Logger, claim: string): Promise<ClaimedBatch> {
    const client = await pool.connect();
    // The pool stops listening to a client it lends out: unheard, a database crash mid-batch would end the process.
    const lost = (error: Error) => logger.warn({ err: error }, 'outbox relay: connection lost during a batch');
    client.on('error', lost);
    const batch = new ClaimedBatch(client, lost);
    try {
      // A query of several statements answers with one result each; the claim's is the last.
      const results = (await client.query(`BEGIN; ${CLAIM_SETTINGS} ${claim}`)) as unknown as QueryResult<OutboxRow>[];
      batch.rows = results[results.length - 1].rows;
    } catch (error) {
      await batch.rollBack();
      throw error;
    }
    return batch;
  }

  hold(rows: OutboxRow[], publishable: OutboxRow[]): void {
    this.rows = rows;
    this.publishable = publishable;
  }

  /** Ends the transaction through `markSent`, which marks the publishable rows sent and commits. */
  async commit(markSent: (client: PoolClient, rows: OutboxRow[]) => Promise<void>): Promise<void> {
    try {
      await markSent(this.client, this.publishable);
      this.release(false);
    } catch (error) {
      await this.rollBack();
      throw error;
    }
  }

  async rollBack(): Promise<void> {
    if (this.ended) return;
    await this.client.query('ROLLBACK').catch(() => undefined);
    // A client whose batch failed may have lost its connection: closed, not returned to the pool.
    this.release(true);
  }

  private release(failed: boolean): void {
    if (this.ended) return;
    this.ended = true;
    this.client.off('error', this.lost);
    this.client.release(failed);
  }
}
