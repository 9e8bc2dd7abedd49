import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Participants1763769600002 implements MigrationInterface {
  name = 'Participants1763769600002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE participants (
        id uuid PRIMARY KEY,
        given_name text NOT NULL,
        family_name text NOT NULL,
        date_of_birth date NOT NULL,
        gender text NOT NULL,
        residence_municipality text NOT NULL,
        status text NOT NULL,
        languages jsonb NOT NULL,
        registered_at timestamptz NOT NULL,
        registered_by text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE consents (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL REFERENCES participants (id),
        purposes text[] NOT NULL CHECK (cardinality(purposes) > 0),
        notice_version text NOT NULL,
        channel text NOT NULL,
        given_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        withdrawn_at timestamptz,
        withdrawn_by text
      )`);
    await runner.query(`CREATE INDEX consents_participant ON consents (participant_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE consents`);
    await runner.query(`DROP TABLE participants`);
  }
}
