import type { Pool, PoolClient } from 'pg';
import type { Logger } from './logger';
import type { OutboxRow } from './outbox-relay';

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

  static async begin(pool: Pool, logger: Logger): Promise<ClaimedBatch> {
    const client = await pool.connect();
    // The pool stops listening to a client it lends out: unheard, a database crash mid-batch would end the process.
    const lost = (error: Error) => logger.warn({ err: error }, 'outbox relay: connection lost during a batch');
    client.on('error', lost);
    const batch = new ClaimedBatch(client, lost);
    try {
      // Losing a "sent" mark in a database crash only publishes its rows again (consumers deduplicate),
      // so the commit need not wait for the disk. One round trip: a quiet outbox sends one row at a time.
      await client.query('BEGIN; SET LOCAL synchronous_commit = off');
    } catch (error) {
      batch.release(true);
      throw error;
    }
    return batch;
  }

  hold(rows: OutboxRow[], publishable: OutboxRow[]): void {
    this.rows = rows;
    this.publishable = publishable;
  }

  async commit(markSent: (client: PoolClient, rows: OutboxRow[]) => Promise<void>): Promise<void> {
    try {
      await markSent(this.client, this.publishable);
      await this.client.query('COMMIT');
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
