import type { Logger } from 'pino';
import { DataSource, type MigrationInterface } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@tandem/devkit';
import { InboxSourcePosition1763769600010 } from '../inbox-source-position.migration';
import { hearLostConnections } from '../lost-connections';
import { MessagingTables1763769600000 } from '../messaging-tables.migration';

/**
 * A throwaway database holding the outbox and inbox tables and the test's own tables, connected as a
 * service connects (lost connections heard, not fatal). Dropped again when setting it up fails.
 */
export async function createMessagingDatabase(
  label: string,
  tables: Array<new () => MigrationInterface>,
  logger: Pick<Logger, 'warn'>,
): Promise<{ database: TestDatabase; dataSource: DataSource }> {
  const database = await createTestDatabase(label);
  const dataSource = new DataSource({
    type: 'postgres',
    url: database.url,
    migrations: [MessagingTables1763769600000, InboxSourcePosition1763769600010, ...tables],
  });
  try {
    await dataSource.initialize();
    hearLostConnections(dataSource, logger);
    await dataSource.runMigrations();
    return { database, dataSource };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
    throw error;
  }
}
