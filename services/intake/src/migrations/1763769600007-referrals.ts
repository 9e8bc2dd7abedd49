import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Referrals1763769600007 implements MigrationInterface {
  name = 'Referrals1763769600007';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY,
        direction text NOT NULL CHECK (direction IN ('outbound', 'inbound')),
        partner text NOT NULL,
        status text NOT NULL CHECK (status IN ('sent', 'received', 'accepted', 'declined', 'withdrawn')),
        participant_id uuid REFERENCES participants (id),
        request jsonb NOT NULL,
        legal_basis text NOT NULL CHECK (legal_basis IN ('consent', 'override')),
        consent_id uuid REFERENCES consents (id),
        override_justification text,
        profile jsonb,
        sent_at timestamptz NOT NULL,
        received_at timestamptz,
        erased_at timestamptz,
        updated_at timestamptz NOT NULL,
        CHECK ((direction = 'outbound') = (participant_id IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX referrals_listing ON referrals (direction, status, sent_at DESC)`);
    await runner.query(`CREATE INDEX referrals_participant ON referrals (participant_id)`);
    await runner.query(`CREATE INDEX referrals_consent ON referrals (consent_id)`);
    await runner.query(`
      CREATE TABLE referral_steps (
        referral_id uuid NOT NULL REFERENCES referrals (id),
        event_id uuid NOT NULL,
        step text NOT NULL,
        at timestamptz NOT NULL,
        by_municipality text NOT NULL,
        reason text,
        comment text,
        PRIMARY KEY (referral_id, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE referral_steps`);
    await runner.query(`DROP TABLE referrals`);
  }
}
