import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Employers' 90-day ratings of placements, one row per placement. */
export class EmployerFeedback1763769900003 implements MigrationInterface {
  name = 'EmployerFeedback1763769900003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE employer_feedback (
        placement_id uuid PRIMARY KEY REFERENCES placements (id),
        skills_fit integer NOT NULL CHECK (skills_fit BETWEEN 1 AND 5),
        reliability integer NOT NULL CHECK (reliability BETWEEN 1 AND 5),
        language integer NOT NULL CHECK (language BETWEEN 1 AND 5),
        comment text CHECK (char_length(comment) <= 1000),
        given_by text NOT NULL,
        given_on date NOT NULL,
        recorded_at timestamptz NOT NULL,
        updated_at timestamptz
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE employer_feedback`);
  }
}
