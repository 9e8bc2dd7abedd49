import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Credential definitions, the credentials issued from them, and the holders they name. */
export class Recognition1763770000001 implements MigrationInterface {
  name = 'Recognition1763770000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE credential_definitions (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('module', 'program')),
        training_id uuid,
        code text NOT NULL,
        name jsonb NOT NULL,
        description jsonb NOT NULL,
        criteria text NOT NULL,
        eqf_level integer NOT NULL CHECK (eqf_level BETWEEN 1 AND 8),
        skills text[] NOT NULL,
        occupations text[] NOT NULL,
        assessment_method text NOT NULL,
        credit_hours integer,
        ecvet_points numeric(5, 1),
        validity_months integer,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    // One definition per training module or program: a completion must name exactly one credential.
    await runner.query(`CREATE UNIQUE INDEX credential_definitions_training ON credential_definitions (kind, training_id) WHERE training_id IS NOT NULL`);
    await runner.query(`
      CREATE TABLE holders (
        id uuid PRIMARY KEY,
        participant_id uuid UNIQUE,
        referral_id uuid UNIQUE,
        home_municipality text NOT NULL,
        code text NOT NULL UNIQUE,
        CHECK ((participant_id IS NULL) <> (referral_id IS NULL))
      )`);
    await runner.query(`CREATE TABLE status_entries (status_index integer PRIMARY KEY)`);
    await runner.query(`
      CREATE TABLE credentials (
        id uuid PRIMARY KEY,
        definition_id uuid NOT NULL REFERENCES credential_definitions (id),
        holder_id uuid NOT NULL REFERENCES holders (id),
        basis text NOT NULL CHECK (basis IN ('completion', 'manual')),
        issued_at timestamptz NOT NULL,
        valid_until timestamptz,
        status_index integer NOT NULL UNIQUE REFERENCES status_entries (status_index),
        jws text NOT NULL,
        issued_by text NOT NULL,
        revoked_at timestamptz,
        revocation_reason text,
        suspended_at timestamptz
      )`);
    // A holder has one live credential per definition; after a revocation an officer may issue anew.
    await runner.query(`CREATE UNIQUE INDEX credentials_live ON credentials (definition_id, holder_id) WHERE revoked_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE credentials`);
    await runner.query(`DROP TABLE status_entries`);
    await runner.query(`DROP TABLE holders`);
    await runner.query(`DROP TABLE credential_definitions`);
  }
}
