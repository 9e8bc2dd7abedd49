import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox and inbox tables; every service that publishes or consumes events includes this migration. */
export class MessagingTables1763769600000 implements MigrationInterface {
  name = 'MessagingTables1763769600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        headers jsonb NOT NULL,
        payload text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await runner.query(`CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL`);
    await runner.query(`CREATE INDEX outbox_unsent_by_key ON outbox (message_key, id) WHERE sent_at IS NULL`);
    await runner.query(`CREATE INDEX outbox_sent_at ON outbox (sent_at) WHERE sent_at IS NOT NULL`);
    // NOTIFY inside the writer's transaction is delivered on commit only: the relay wakes for committed rows.
    await runner.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('tandem_outbox', ''); RETURN NULL; END $$`);
    await runner.query(
      `CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`,
    );
    await runner.query(`
      CREATE TABLE inbox (
        consumer text NOT NULL,
        event_id text NOT NULL,
        event_type text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inbox`);
    await runner.query(`DROP TRIGGER outbox_notify ON outbox`);
    await runner.query(`DROP FUNCTION outbox_notify()`);
    await runner.query(`DROP TABLE outbox`);
  }
}

export const OUTBOX_CHANNEL = 'tandem_outbox';
