import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Caseworkers' notes on a case, and indexes for listing cases newest first, per caseworker or for the node. */
export class CaseNotes1763769600005 implements MigrationInterface {
  name = 'CaseNotes1763769600005';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_notes (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        author text NOT NULL,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX case_notes_newest ON case_notes (case_id, created_at DESC, id DESC)`);
    // Replaces the single-column index: the same prefix also serves the caseworker's newest-first page.
    await runner.query(`DROP INDEX cases_caseworker`);
    await runner.query(`CREATE INDEX cases_caseworker_newest ON cases (assigned_caseworker, opened_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX cases_newest ON cases (opened_at DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX cases_newest`);
    await runner.query(`DROP INDEX cases_caseworker_newest`);
    await runner.query(`CREATE INDEX cases_caseworker ON cases (assigned_caseworker)`);
    await runner.query(`DROP TABLE case_notes`);
  }
}
