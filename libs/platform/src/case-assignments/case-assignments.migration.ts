import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A service's copy of intake's case assignments; `IF NOT EXISTS`, as training created it with its first migration. */
export class CaseAssignments1763769600020 implements MigrationInterface {
  name = 'CaseAssignments1763769600020';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS case_assignments (
        participant_id uuid PRIMARY KEY,
        caseworker text NOT NULL,
        assigned_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE case_assignments`);
  }
}
