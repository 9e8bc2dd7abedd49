import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Programs and their modules, cohorts and sessions, enrollments with attendance and assessments, and the referrals intake accepted. */
export class Training1763769700001 implements MigrationInterface {
  name = 'Training1763769700001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE modules (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        title jsonb NOT NULL,
        hours integer NOT NULL CHECK (hours > 0),
        assessment_method text NOT NULL CHECK (assessment_method IN ('practical', 'written', 'oral', 'portfolio')),
        learning_outcomes jsonb NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE programs (
        id uuid PRIMARY KEY,
        title jsonb NOT NULL,
        occupation text NOT NULL,
        esco_occupation text,
        eqf_level integer NOT NULL CHECK (eqf_level BETWEEN 1 AND 8),
        languages text[] NOT NULL,
        location text NOT NULL,
        schedule jsonb NOT NULL,
        capacity integer NOT NULL CHECK (capacity > 0),
        funding jsonb NOT NULL,
        provider text NOT NULL,
        attendance_threshold numeric(3, 2) NOT NULL CHECK (attendance_threshold BETWEEN 0 AND 1),
        status text NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE program_modules (
        program_id uuid NOT NULL REFERENCES programs (id),
        module_id uuid NOT NULL REFERENCES modules (id),
        position integer NOT NULL CHECK (position > 0),
        required boolean NOT NULL,
        PRIMARY KEY (program_id, module_id),
        UNIQUE (program_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await runner.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY,
        program_id uuid NOT NULL REFERENCES programs (id),
        name text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        capacity integer NOT NULL CHECK (capacity > 0),
        trainers text[] NOT NULL,
        mentors text[] NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK (ends_on >= starts_on)
      )`);
    await runner.query(`CREATE INDEX cohorts_program ON cohorts (program_id, starts_on)`);
    await runner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        cohort_id uuid NOT NULL REFERENCES cohorts (id),
        date date NOT NULL,
        starts_at time NOT NULL,
        ends_at time NOT NULL,
        room text NOT NULL,
        module_id uuid REFERENCES modules (id),
        CHECK (ends_at > starts_at)
      )`);
    await runner.query(`CREATE INDEX sessions_cohort ON sessions (cohort_id, date, starts_at)`);
    await runner.query(`
      CREATE TABLE accepted_referrals (
        referral_id uuid PRIMARY KEY,
        from_municipality text NOT NULL,
        accepted_at timestamptz NOT NULL,
        occupation text,
        program text,
        given_name text,
        family_name text,
        progress_sharing boolean NOT NULL,
        ended_at timestamptz,
        end_reason text CHECK (end_reason IN ('withdrawn', 'consent-withdrawn'))
      )`);
    await runner.query(`
      CREATE TABLE enrollments (
        id uuid PRIMARY KEY,
        cohort_id uuid NOT NULL REFERENCES cohorts (id),
        participant_id uuid,
        referral_id uuid REFERENCES accepted_referrals (referral_id),
        home_municipality text NOT NULL,
        display_name text,
        status text NOT NULL CHECK (status IN ('waitlisted', 'enrolled', 'completed', 'dropped')),
        mentor text,
        requested_at timestamptz NOT NULL,
        enrolled_at timestamptz,
        completed_on date,
        dropped_at timestamptz,
        drop_reason text,
        updated_at timestamptz NOT NULL,
        CHECK ((participant_id IS NULL) <> (referral_id IS NULL))
      )`);
    // One live enrollment per trainee and cohort; a dropped one may enroll again.
    await runner.query(`
      CREATE UNIQUE INDEX enrollments_one_live_per_participant ON enrollments (cohort_id, participant_id) WHERE status <> 'dropped'`);
    await runner.query(`
      CREATE UNIQUE INDEX enrollments_one_live_per_referral ON enrollments (cohort_id, referral_id) WHERE status <> 'dropped'`);
    await runner.query(`CREATE INDEX enrollments_waitlist ON enrollments (cohort_id, status, requested_at)`);
    await runner.query(`CREATE INDEX enrollments_participant ON enrollments (participant_id)`);
    await runner.query(`CREATE INDEX enrollments_referral ON enrollments (referral_id)`);
    await runner.query(`
      CREATE TABLE attendance (
        session_id uuid NOT NULL REFERENCES sessions (id),
        enrollment_id uuid NOT NULL REFERENCES enrollments (id),
        status text NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (session_id, enrollment_id)
      )`);
    await runner.query(`CREATE INDEX attendance_enrollment ON attendance (enrollment_id)`);
    await runner.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY,
        enrollment_id uuid NOT NULL REFERENCES enrollments (id),
        module_id uuid NOT NULL REFERENCES modules (id),
        result text NOT NULL CHECK (result IN ('passed', 'failed')),
        score numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
        method text NOT NULL CHECK (method IN ('practical', 'written', 'oral', 'portfolio')),
        assessor text NOT NULL,
        assessed_on date NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX assessments_enrollment ON assessments (enrollment_id, module_id)`);
    await runner.query(`
      CREATE TABLE module_completions (
        enrollment_id uuid NOT NULL REFERENCES enrollments (id),
        module_id uuid NOT NULL REFERENCES modules (id),
        completed_on date NOT NULL,
        PRIMARY KEY (enrollment_id, module_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'module_completions',
      'assessments',
      'attendance',
      'enrollments',
      'accepted_referrals',
      'sessions',
      'cohorts',
      'program_modules',
      'programs',
      'modules',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
