import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The satisfaction surveys each completed enrollment is asked, and their answers: scores only, never free text. */
export class Surveys1763769700002 implements MigrationInterface {
  name = 'Surveys1763769700002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE survey_invitations (
        id uuid PRIMARY KEY,
        enrollment_id uuid NOT NULL REFERENCES enrollments (id),
        wave text NOT NULL CHECK (wave IN ('completion', 'after-90-days')),
        due_on date NOT NULL,
        link_token_hash text UNIQUE,
        link_expires_at timestamptz,
        answered_at timestamptz,
        created_at timestamptz NOT NULL,
        UNIQUE (enrollment_id, wave),
        CHECK ((link_token_hash IS NULL) = (link_expires_at IS NULL))
      )`);
    await runner.query(`CREATE INDEX survey_invitations_open ON survey_invitations (due_on) WHERE answered_at IS NULL`);
    await runner.query(`
      CREATE TABLE survey_answers (
        survey_id uuid PRIMARY KEY REFERENCES survey_invitations (id),
        quality smallint NOT NULL CHECK (quality BETWEEN 1 AND 5),
        language_support smallint NOT NULL CHECK (language_support BETWEEN 1 AND 5),
        fairness smallint NOT NULL CHECK (fairness BETWEEN 1 AND 5),
        usefulness smallint NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
        language text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('link', 'with-caseworker')),
        answered_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE survey_answers`);
    await runner.query(`DROP TABLE survey_invitations`);
  }
}
