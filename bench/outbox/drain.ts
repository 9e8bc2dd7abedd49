import type { DataSource } from 'typeorm';
import type { OutboxRelay } from '@tandem/messaging';
import { formatRate, note } from '../support/cli';

const STALL_LIMIT_MS = 60_000;

async function unsentCount(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`);
  return row.n;
}

/**
 * Starts the relay and returns the seconds until it has published `events` and left no unsent row.
 * The cheap in-process counter is polled; the database is asked only once it says "done".
 */
export async function drainOutbox(relay: OutboxRelay, dataSource: DataSource, events: number): Promise<number> {
  const started = performance.now();
  let lastNote = started;
  let lastProgress = { at: started, published: 0 };
  relay.start();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const now = performance.now();
    const { published, failures } = relay.stats;
    if (published >= events && (await unsentCount(dataSource)) === 0) break;
    if (published > lastProgress.published) lastProgress = { at: now, published };
    if (now - lastProgress.at > STALL_LIMIT_MS) {
      throw new Error(`relay stalled at ${published} of ${events} events after ${failures} failed attempts (see its warnings above)`);
    }
    if (now - lastNote > 5000) {
      lastNote = now;
      note(`  published ${published.toLocaleString('en-US')} (${formatRate(published / ((now - started) / 1000))}, ${failures} failures)`);
    }
  }
  return (performance.now() - started) / 1000;
}
