import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mutual recognition agreements (versioned by effective date), recognition requests and their appeals. */
export class RecognitionRequests1763770000002 implements MigrationInterface {
  name = 'RecognitionRequests1763770000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE recognition_agreements (
        id uuid PRIMARY KEY,
        agreement_key text NOT NULL,
        version integer NOT NULL,
        name text NOT NULL,
        parties text[] NOT NULL CHECK (cardinality(parties) >= 2),
        effective_from date NOT NULL,
        effective_to date CHECK (effective_to IS NULL OR effective_to > effective_from),
        scope jsonb NOT NULL,
        rules jsonb NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (agreement_key, version)
      )`);
    await runner.query(`CREATE INDEX recognition_agreements_in_force ON recognition_agreements (effective_from, effective_to)`);
    await runner.query(`
      CREATE TABLE recognition_requests (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        presented jsonb NOT NULL,
        evidence jsonb NOT NULL,
        requested_on date NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'decided')),
        outcome text CHECK (outcome IN ('full', 'partial', 'conditional', 'denied')),
        basis text CHECK (basis IN ('agreement', 'officer')),
        agreement_id uuid REFERENCES recognition_agreements (id),
        rule_index integer,
        compensation_measures text[],
        reasons text,
        decided_by text,
        decided_at timestamptz,
        appeal_grounds text,
        appealed_by text,
        appealed_at timestamptz,
        appeal_outcome text CHECK (appeal_outcome IN ('upheld', 'overturned', 'modified')),
        appeal_reasons text,
        appeal_decided_by text,
        appeal_decided_at timestamptz,
        CHECK ((status = 'decided') = (outcome IS NOT NULL AND decided_at IS NOT NULL)),
        CHECK (appealed_at IS NULL OR status = 'decided'),
        CHECK (appeal_decided_at IS NULL OR appealed_at IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX recognition_requests_participant ON recognition_requests (participant_id, requested_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE recognition_requests`);
    await runner.query(`DROP TABLE recognition_agreements`);
  }
}
