import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What public placement events need: participants' coarse demographics, and the node's pseudonym secret. */
export class PublicPlacementEvents1763769900004 implements MigrationInterface {
  name = 'PublicPlacementEvents1763769900004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE participant_demographics (
        participant_id uuid PRIMARY KEY,
        gender text NOT NULL,
        age_band text NOT NULL
      )`);
    // One row, made here from the server's strong random source: pseudonyms stay stable across restarts
    // and deployments, and the secret never passes through configuration or logs.
    await runner.query(`
      CREATE TABLE pseudonym_secret (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        secret text NOT NULL
      )`);
    await runner.query(`INSERT INTO pseudonym_secret (secret) VALUES (gen_random_uuid()::text || gen_random_uuid()::text)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE pseudonym_secret`);
    await runner.query(`DROP TABLE participant_demographics`);
  }
}
