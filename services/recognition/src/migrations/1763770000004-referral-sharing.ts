import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which referred trainees' credentials may go to their home node: intake's word, kept per referral. */
export class ReferralSharing1763770000004 implements MigrationInterface {
  name = 'ReferralSharing1763770000004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE referral_sharing (
        referral_id uuid PRIMARY KEY,
        home_municipality text NOT NULL,
        progress_sharing boolean NOT NULL,
        ended_at timestamptz
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE referral_sharing`);
  }
}
