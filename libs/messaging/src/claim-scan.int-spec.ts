import type { DataSource } from 'typeorm';
import type { TestDatabase } from '@tandem/devkit';
import { CLAIM_SETTINGS } from './claimed-batch';
import { claimUnsent } from './outbox-relay';
import { createMessagingDatabase } from './test-support/messaging-database';
import { logger } from './test-support/messaging-harness';

interface PlanNode {
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
}

/** Pages a relay's claim reads, run as the relay runs it (in its own transaction, rolled back). */
async function pagesReadByClaim(dataSource: DataSource): Promise<number> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query(`BEGIN; ${CLAIM_SETTINGS}`);
    const [{ 'QUERY PLAN': [plan] }] = await runner.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${claimUnsent(1000)}`);
    const top = plan.Plan as PlanNode;
    return top['Shared Hit Blocks'] + top['Shared Read Blocks'];
  } finally {
    await runner.query('ROLLBACK');
    await runner.release();
  }
}

describe('claiming after many rows were sent', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ database, dataSource } = await createMessagingDatabase('claim-scan', [], logger));
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('reads the sent rows once, then skips them until a vacuum removes them', async () => {
    // Sent rows leave dead entries in the unsent-rows index, as a relay's marks do between vacuums.
    await dataSource.query(`
      INSERT INTO outbox (event_id, topic, message_key, headers, payload)
      SELECT gen_random_uuid(), 'claim-scan', 'key-' || n, '{}', repeat('x', 300) FROM generate_series(1, 5000) AS n`);
    await dataSource.query('UPDATE outbox SET sent_at = now()');
    await dataSource.query(`INSERT INTO outbox (event_id, topic, message_key, headers, payload) VALUES (gen_random_uuid(), 'claim-scan', 'last', '{}', 'x')`);

    const first = await pagesReadByClaim(dataSource);
    const second = await pagesReadByClaim(dataSource);

    // 5,000 rows of 300 bytes fill over 200 heap pages; a claim that visits them all reads that many each time.
    expect(first).toBeGreaterThan(200);
    expect(second).toBeLessThan(50);
  });
});
