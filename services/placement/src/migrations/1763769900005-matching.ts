import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Candidates with their evidenced skills and employer-sharing consents, shortlists, and employers' portal users. */
export class Matching1763769900005 implements MigrationInterface {
  name = 'Matching1763769900005';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE employers ADD COLUMN portal_users text[] NOT NULL DEFAULT '{}'`);
    await runner.query(`
      CREATE TABLE match_candidates (
        candidate_id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('participant', 'referral')),
        municipality text NOT NULL,
        languages jsonb NOT NULL
      )`);
    // 'credential' joins 'module' once recognition announces credentials with their skills.
    await runner.query(`
      CREATE TABLE candidate_skills (
        candidate_id uuid NOT NULL,
        skill text NOT NULL,
        source text NOT NULL CHECK (source IN ('module')),
        reference text NOT NULL,
        evidenced_on date NOT NULL,
        PRIMARY KEY (candidate_id, skill, source, reference)
      )`);
    await runner.query(`
      CREATE TABLE employer_sharing_consents (
        consent_id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        withdrawn_at timestamptz
      )`);
    await runner.query(`CREATE INDEX employer_sharing_consents_participant ON employer_sharing_consents (participant_id)`);
    await runner.query(`
      CREATE TABLE shortlist_entries (
        id uuid PRIMARY KEY,
        vacancy_id uuid NOT NULL REFERENCES vacancies (id),
        candidate_id uuid NOT NULL,
        candidate_kind text NOT NULL CHECK (candidate_kind IN ('participant', 'referral')),
        pseudonym text NOT NULL,
        score numeric(4, 3) NOT NULL CHECK (score BETWEEN 0 AND 1),
        explanation jsonb NOT NULL,
        shortlisted_by text NOT NULL,
        shortlisted_at timestamptz NOT NULL,
        display_name text,
        contact text,
        released_by text,
        released_at timestamptz,
        erased_at timestamptz,
        UNIQUE (vacancy_id, candidate_id),
        UNIQUE (vacancy_id, pseudonym),
        CHECK ((display_name IS NULL) = (contact IS NULL))
      )`);
    await runner.query(`CREATE INDEX shortlist_entries_candidate ON shortlist_entries (candidate_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['shortlist_entries', 'employer_sharing_consents', 'candidate_skills', 'match_candidates']) await runner.query(`DROP TABLE ${table}`);
    await runner.query(`ALTER TABLE employers DROP COLUMN portal_users`);
  }
}
