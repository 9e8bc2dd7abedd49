import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent receipts gain what ISO/IEC TS 27560 records: which fields each purpose may carry, to whom,
 * and who gave the consent. Earlier consents carried no field list, so they share nothing (fail closed).
 */
export class ConsentReceipts1763769600006 implements MigrationInterface {
  name = 'ConsentReceipts1763769600006';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE consents
        ADD COLUMN fields jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN recipients text[] NOT NULL DEFAULT '{}',
        ADD COLUMN given_by text NOT NULL DEFAULT 'participant'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE consents DROP COLUMN fields, DROP COLUMN recipients, DROP COLUMN given_by`);
  }
}
