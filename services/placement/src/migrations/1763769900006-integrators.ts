import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Integrators' allowances and webhook subscriptions, the feed of placement events, and each delivery with its attempts. */
export class Integrators1763769900006 implements MigrationInterface {
  name = 'Integrators1763769900006';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE integrator_allowances (
        subject text PRIMARY KEY,
        event_types text[] NOT NULL,
        fields text[] NOT NULL,
        set_by text NOT NULL,
        set_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE integrator_subscriptions (
        id uuid PRIMARY KEY,
        owner text NOT NULL,
        url text NOT NULL,
        event_types text[] NOT NULL,
        filter jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'paused')),
        failing_since timestamptz,
        secret text NOT NULL,
        previous_secret text,
        previous_secret_until timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX integrator_subscriptions_owner ON integrator_subscriptions (owner)`);
    await runner.query(`
      CREATE TABLE integrator_feed (
        seq bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        time timestamptz NOT NULL,
        subject text NOT NULL,
        data jsonb NOT NULL
      )`);
    await runner.query(`CREATE INDEX integrator_feed_time ON integrator_feed (time)`);
    await runner.query(`
      CREATE TABLE webhook_deliveries (
        id bigserial PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES integrator_subscriptions (id) ON DELETE CASCADE,
        feed_seq bigint NOT NULL REFERENCES integrator_feed (seq),
        subject text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'withheld')),
        attempts integer NOT NULL DEFAULT 0,
        first_attempt_at timestamptz,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`);
    await runner.query(`CREATE INDEX webhook_deliveries_in_order ON webhook_deliveries (subscription_id, subject, id) WHERE status = 'pending'`);
    await runner.query(`CREATE INDEX webhook_deliveries_log ON webhook_deliveries (subscription_id, id)`);
    await runner.query(`
      CREATE TABLE webhook_attempts (
        id bigserial PRIMARY KEY,
        delivery_id bigint NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        attempted_at timestamptz NOT NULL,
        status_code integer,
        error text,
        duration_ms integer NOT NULL,
        next_attempt_at timestamptz
      )`);
    await runner.query(`CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE webhook_attempts, webhook_deliveries, integrator_feed, integrator_subscriptions, integrator_allowances`);
  }
}
