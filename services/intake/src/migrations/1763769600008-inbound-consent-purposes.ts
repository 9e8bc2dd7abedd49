import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What an inbound referral's consent allows beyond the referral itself, e.g. sending progress back. */
export class InboundConsentPurposes1763769600008 implements MigrationInterface {
  name = 'InboundConsentPurposes1763769600008';

  async up(runner: QueryRunner): Promise<void> {
    // Null for outbound referrals, overrides, and inbound ones received before this column: none of them shares progress.
    await runner.query(`ALTER TABLE referrals ADD COLUMN consent_purposes text[]`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE referrals DROP COLUMN consent_purposes`);
  }
}
