import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per (caller, key) a create was claimed under, inserted in the create's own transaction:
 * the row exists exactly when the create committed. The response is added once it is known.
 */
export class IdempotencyKeys1763769600040 implements MigrationInterface {
  name = 'IdempotencyKeys1763769600040';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE idempotency_keys (
        subject text NOT NULL,
        key text NOT NULL,
        method text NOT NULL,
        route text NOT NULL,
        body_hash text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        resource_type text,
        resource_id text,
        response_status int,
        response_body text,
        PRIMARY KEY (subject, key)
      )`);
    await runner.query(`CREATE INDEX idempotency_keys_claimed_at ON idempotency_keys (claimed_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE idempotency_keys`);
  }
}
