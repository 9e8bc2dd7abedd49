import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Employers and their sites, vacancies, placements with their wages and retention checkpoints. */
export class Placement1763769900001 implements MigrationInterface {
  name = 'Placement1763769900001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE employers (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        sectors text[] NOT NULL,
        contact jsonb NOT NULL,
        cross_border boolean NOT NULL,
        suspended_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE employer_sites (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES employers (id),
        municipality text NOT NULL,
        country text NOT NULL,
        address text NOT NULL
      )`);
    await runner.query(`CREATE INDEX employer_sites_employer ON employer_sites (employer_id)`);
    await runner.query(`
      CREATE TABLE vacancies (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES employers (id),
        site_id uuid NOT NULL REFERENCES employer_sites (id),
        title text NOT NULL,
        occupation text NOT NULL,
        required_skills text[] NOT NULL,
        languages jsonb NOT NULL,
        wage_min_minor integer NOT NULL CHECK (wage_min_minor >= 0),
        wage_max_minor integer NOT NULL,
        currency text NOT NULL,
        wage_period text NOT NULL CHECK (wage_period IN ('hour', 'month', 'year')),
        hours_per_week numeric(4, 1) NOT NULL CHECK (hours_per_week > 0),
        type text NOT NULL CHECK (type IN ('internship', 'apprenticeship', 'work-trial', 'job')),
        openings integer NOT NULL CHECK (openings > 0),
        status text NOT NULL CHECK (status IN ('open', 'filled', 'closed')),
        created_at timestamptz NOT NULL,
        CHECK (wage_max_minor >= wage_min_minor)
      )`);
    await runner.query(`CREATE INDEX vacancies_open ON vacancies (status, occupation)`);
    await runner.query(`
      CREATE TABLE placements (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        type text NOT NULL CHECK (type IN ('internship', 'apprenticeship', 'work-trial', 'job', 'self-employment', 'cooperative-membership')),
        employer_id uuid REFERENCES employers (id),
        site_id uuid REFERENCES employer_sites (id),
        vacancy_id uuid REFERENCES vacancies (id),
        occupation text NOT NULL,
        site_municipality text NOT NULL,
        started_on date NOT NULL,
        contracted_hours_per_week numeric(4, 1) NOT NULL CHECK (contracted_hours_per_week >= 0),
        status text NOT NULL CHECK (status IN ('active', 'ended')),
        ended_on date,
        end_reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK ((type = 'self-employment') = (employer_id IS NULL)),
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await runner.query(`CREATE INDEX placements_participant ON placements (participant_id, started_on)`);
    await runner.query(`
      CREATE TABLE wages (
        id uuid PRIMARY KEY,
        placement_id uuid NOT NULL REFERENCES placements (id),
        effective_on date NOT NULL,
        amount_minor integer NOT NULL CHECK (amount_minor >= 0),
        currency text NOT NULL,
        period text NOT NULL CHECK (period IN ('hour', 'month', 'year')),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX wages_placement ON wages (placement_id, effective_on)`);
    await runner.query(`
      CREATE TABLE retention_checkpoints (
        placement_id uuid NOT NULL REFERENCES placements (id),
        days integer NOT NULL CHECK (days IN (30, 90, 180, 365)),
        due_on date NOT NULL,
        recorded_on date,
        still_employed boolean,
        recorded_by text,
        PRIMARY KEY (placement_id, days)
      )`);
    await runner.query(`CREATE INDEX retention_due ON retention_checkpoints (due_on) WHERE recorded_on IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['retention_checkpoints', 'wages', 'placements', 'vacancies', 'employer_sites', 'employers']) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
