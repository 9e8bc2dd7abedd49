import { Client } from 'pg';
import type { ReplayDatabase } from './replay-topics';

/** One connection of its own, as the replay command and the bench use it. */
export async function connectReplayDatabase(url: string): Promise<ReplayDatabase & { close(): Promise<void> }> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  return {
    query: async (text, parameters) => (await client.query(text, parameters as unknown[])).rows,
    close: () => client.end(),
  };
}
