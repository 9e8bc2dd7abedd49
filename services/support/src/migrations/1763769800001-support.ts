import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The support catalog, funding sources and their budgets, entitlements with their approval,
 * the support log, stipends, and the copy of attendance (here and across the border) stipends are computed from.
 * Money is integer minor units with its currency, never a float.
 */
export class Support1763769800001 implements MigrationInterface {
  name = 'Support1763769800001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE support_types (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('childcare', 'transport', 'stipend', 'language-support', 'psychosocial-care', 'other')),
        name text NOT NULL,
        unit text NOT NULL CHECK (unit IN ('hour', 'trip', 'month', 'session')),
        unit_cost_minor integer NOT NULL CHECK (unit_cost_minor >= 0),
        currency text NOT NULL,
        rules jsonb NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE funding_sources (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('public', 'donor', 'private-sponsor')),
        name text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE budgets (
        id uuid PRIMARY KEY,
        funding_source_id uuid NOT NULL REFERENCES funding_sources (id),
        period_from date NOT NULL,
        period_to date NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
        currency text NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK (period_to >= period_from)
      )`);
    await runner.query(`CREATE INDEX budgets_source ON budgets (funding_source_id, period_from)`);
    await runner.query(`
      CREATE TABLE entitlements (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        support_type_id uuid NOT NULL REFERENCES support_types (id),
        budget_id uuid NOT NULL REFERENCES budgets (id),
        period_from date NOT NULL,
        period_to date NOT NULL,
        cap_minor bigint NOT NULL CHECK (cap_minor > 0),
        cap_units integer CHECK (cap_units > 0),
        currency text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending-approval', 'approved', 'rejected', 'ended')),
        reason text NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        decided_by text,
        decided_at timestamptz,
        ended_on date,
        end_reason text CHECK (end_reason IN ('period-ended', 'cap-reached', 'training-ended', 'revoked')),
        CHECK (period_to >= period_from)
      )`);
    await runner.query(`CREATE INDEX entitlements_participant ON entitlements (participant_id, period_from)`);
    await runner.query(`CREATE INDEX entitlements_budget ON entitlements (budget_id, status)`);
    await runner.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY,
        entitlement_id uuid NOT NULL REFERENCES entitlements (id),
        date date NOT NULL,
        units numeric(10, 2) NOT NULL CHECK (units > 0),
        amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
        provider text NOT NULL,
        note text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX deliveries_entitlement ON deliveries (entitlement_id, date)`);
    await runner.query(`
      CREATE TABLE attendance (
        participant_id uuid NOT NULL,
        session_id uuid NOT NULL,
        date date NOT NULL,
        status text NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
        source text NOT NULL CHECK (source IN ('local', 'referral')),
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (participant_id, session_id)
      )`);
    await runner.query(`CREATE INDEX attendance_month ON attendance (participant_id, date)`);
    await runner.query(`
      CREATE TABLE stipends (
        id uuid PRIMARY KEY,
        entitlement_id uuid NOT NULL REFERENCES entitlements (id),
        month text NOT NULL,
        present integer NOT NULL,
        absent integer NOT NULL,
        excused integer NOT NULL,
        attendance_rate numeric(5, 4),
        outcome text NOT NULL CHECK (outcome IN ('full', 'pro-rata', 'none')),
        amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
        delivery_id uuid REFERENCES deliveries (id),
        calculated_by text NOT NULL,
        calculated_at timestamptz NOT NULL,
        UNIQUE (entitlement_id, month)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['stipends', 'attendance', 'deliveries', 'entitlements', 'budgets', 'funding_sources', 'support_types']) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
