import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Grievances about placements, employers and selections, tracked to a resolution. */
export class Grievances1763769900002 implements MigrationInterface {
  name = 'Grievances1763769900002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE grievances (
        id uuid PRIMARY KEY,
        subject_type text NOT NULL CHECK (subject_type IN ('placement', 'employer', 'selection')),
        subject_id uuid NOT NULL,
        employer_id uuid REFERENCES employers (id),
        participant_id uuid,
        category text NOT NULL CHECK (category IN ('exploitation', 'discrimination', 'unsafe-work', 'unfair-selection', 'other')),
        details text NOT NULL,
        suspended_employer boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'in-progress', 'resolved')),
        due_on date NOT NULL,
        filed_by text NOT NULL,
        filed_at timestamptz NOT NULL,
        assigned_to text,
        outcome text CHECK (outcome IN ('upheld', 'not-upheld', 'withdrawn')),
        resolution text,
        resolved_by text,
        resolved_at timestamptz,
        CHECK (subject_type = 'employer' OR participant_id IS NOT NULL),
        CHECK ((status = 'resolved') = (resolved_at IS NOT NULL AND outcome IS NOT NULL AND resolution IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX grievances_unresolved ON grievances (due_on) WHERE status <> 'resolved'`);
    await runner.query(`CREATE INDEX grievances_filed_by ON grievances (filed_by)`);
    await runner.query(`CREATE INDEX grievances_assigned_to ON grievances (assigned_to)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE grievances`);
  }
}
