import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One case per participant; participants registered before cases existed get one, assigned to who registered them. */
export class Cases1763769600003 implements MigrationInterface {
  name = 'Cases1763769600003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL UNIQUE REFERENCES participants (id),
        assigned_caseworker text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'on_hold', 'closed')),
        opened_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    await runner.query(`CREATE INDEX cases_caseworker ON cases (assigned_caseworker)`);
    await runner.query(`
      INSERT INTO cases (id, participant_id, assigned_caseworker, status, opened_at)
      SELECT gen_random_uuid(), id, registered_by, 'open', registered_at FROM participants`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE cases`);
  }
}
