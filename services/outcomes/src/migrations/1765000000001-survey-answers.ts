import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Satisfaction survey answers, scores only, keyed by survey: the figures average them by group. */
export class SurveyAnswers1765000000001 implements MigrationInterface {
  name = 'SurveyAnswers1765000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE survey_answers (
        survey_id uuid PRIMARY KEY,
        enrollment_id uuid NOT NULL,
        wave text NOT NULL CHECK (wave IN ('completion', 'after-90-days')),
        quality integer NOT NULL CHECK (quality BETWEEN 1 AND 5),
        language_support integer NOT NULL CHECK (language_support BETWEEN 1 AND 5),
        fairness integer NOT NULL CHECK (fairness BETWEEN 1 AND 5),
        usefulness integer NOT NULL CHECK (usefulness BETWEEN 1 AND 5)
      );
      CREATE INDEX survey_answers_enrollment ON survey_answers (enrollment_id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE survey_answers');
  }
}
