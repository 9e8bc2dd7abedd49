import { Pool } from 'pg';
import { MessagingHarness } from './test-support/messaging-harness';
import { keysOutOfOrder } from './key-order-guard';

describe('keysOutOfOrder', () => {
  let harness: MessagingHarness;
  let pool: Pool;

  beforeEach(async () => {
    harness = await MessagingHarness.create('key-order');
    pool = new Pool({ connectionString: harness.database.url, max: 2 });
    harness.defer(() => pool.end());
  });

  afterEach(() => harness.close());

  /** Claims what a relay would and returns the keys it must hold back; the claim is rolled back. */
  async function blockedKeys(publishedAhead: string[]): Promise<string[]> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query('SELECT id, message_key FROM outbox WHERE sent_at IS NULL ORDER BY id FOR UPDATE SKIP LOCKED');
      return [...(await keysOutOfOrder(client, rows, publishedAhead))];
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  }

  it('holds back a key whose older row another relay holds, until that row counts as published ahead', async () => {
    await harness.write([{ aggregate: 'a', seq: 0 }]);
    await harness.write([{ aggregate: 'a', seq: 1 }, { aggregate: 'b', seq: 0 }]);
    const otherRelay = await pool.connect();
    try {
      await otherRelay.query('BEGIN');
      const { rows } = await otherRelay.query<{ id: string }>('SELECT id FROM outbox ORDER BY id LIMIT 1 FOR UPDATE');

      expect(await blockedKeys([])).toEqual(['a']);
      expect(await blockedKeys([rows[0].id])).toEqual([]);
    } finally {
      await otherRelay.query('ROLLBACK');
      otherRelay.release();
    }
    expect(await blockedKeys([])).toEqual([]);
  });
});
