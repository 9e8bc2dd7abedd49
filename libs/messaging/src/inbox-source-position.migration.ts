import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each inbox row's record was read from, so a consumer can tell a redelivery of the same
 * record from a replay of the event in another one. Rows from before stay NULL.
 */
export class InboxSourcePosition1763769600010 implements MigrationInterface {
  name = 'InboxSourcePosition1763769600010';

  async up(runner: QueryRunner): Promise<void> {
    // Nullable without a default: a catalog-only change, no rewrite of a large inbox.
    await runner.query(
      `ALTER TABLE inbox ADD COLUMN source_topic text, ADD COLUMN source_partition int, ADD COLUMN source_offset bigint`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE inbox DROP COLUMN source_offset, DROP COLUMN source_partition, DROP COLUMN source_topic`);
  }
}
