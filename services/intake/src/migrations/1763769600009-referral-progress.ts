import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Training progress on the referring node: statuses that say where the trainee is, and the module a step names. */
export class ReferralProgress1763769600009 implements MigrationInterface {
  name = 'ReferralProgress1763769600009';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE referrals DROP CONSTRAINT referrals_status_check`);
    await runner.query(`
      ALTER TABLE referrals ADD CONSTRAINT referrals_status_check
        CHECK (status IN ('sent', 'received', 'accepted', 'in-training', 'completed', 'dropped', 'declined', 'withdrawn'))`);
    await runner.query(`ALTER TABLE referral_steps ADD COLUMN detail jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE referral_steps DROP COLUMN detail`);
    await runner.query(`ALTER TABLE referrals DROP CONSTRAINT referrals_status_check`);
    await runner.query(`
      ALTER TABLE referrals ADD CONSTRAINT referrals_status_check
        CHECK (status IN ('sent', 'received', 'accepted', 'declined', 'withdrawn'))`);
  }
}
