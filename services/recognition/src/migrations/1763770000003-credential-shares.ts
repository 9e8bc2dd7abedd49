import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Links a holder hands to an employer: only a hash of each token is kept, so the table cannot be used to open them. */
export class CredentialShares1763770000003 implements MigrationInterface {
  name = 'CredentialShares1763770000003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE credential_shares (
        id uuid PRIMARY KEY,
        credential_id uuid NOT NULL REFERENCES credentials (id),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        withdrawn_at timestamptz
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE credential_shares`);
  }
}
