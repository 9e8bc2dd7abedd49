import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_CHAIN_LOCK_KEY } from './audit-chain';

/**
 * Chains every audit row to the one before it: `hash = sha256(prev_hash || canonical text)`, the
 * canonical text as `audit-chain.ts` defines it, so `verifyAuditLog` can recompute it byte for byte.
 */
export class AuditLogHashChain1763769600030 implements MigrationInterface {
  name = 'AuditLogHashChain1763769600030';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION audit_log_netstring(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
        SELECT octet_length(convert_to(value, 'UTF8')) || ':' || value || ','
      $$`);
    // Field order: id, at, actor, actor_roles, action, resource_type, resource_id, purpose.
    await runner.query(`
      CREATE FUNCTION audit_log_canonical(entry audit_log) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT audit_log_netstring(entry.id::text)
          || audit_log_netstring(to_char(entry.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
          || audit_log_netstring(entry.actor)
          || audit_log_netstring(coalesce((
               SELECT string_agg(audit_log_netstring(role), '' ORDER BY position)
               FROM unnest(entry.actor_roles) WITH ORDINALITY AS roles(role, position)), ''))
          || audit_log_netstring(entry.action)
          || audit_log_netstring(entry.resource_type)
          || audit_log_netstring(entry.resource_id)
          || audit_log_netstring(entry.purpose)
      $$`);
    await runner.query(`ALTER TABLE audit_log ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea`);
    await this.backfill(runner);
    await runner.query(`ALTER TABLE audit_log ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`);
    await runner.query(`
      CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE previous bytea;
      BEGIN
        -- A snapshot older than the statement could miss the newest row and fork the chain.
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          RAISE EXCEPTION 'audit_log rows are written under read committed only';
        END IF;
        IF array_position(NEW.actor_roles, NULL) IS NOT NULL THEN
          RAISE EXCEPTION 'audit_log.actor_roles must not contain NULL';
        END IF;
        -- Held until commit: inserters chain one after another, in commit order.
        PERFORM pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY});
        -- Numbered under the lock, so id order is chain order.
        NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
        SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
        NEW.prev_hash := coalesce(previous, decode(repeat('00', 32), 'hex'));
        NEW.hash := sha256(NEW.prev_hash || convert_to(audit_log_canonical(NEW), 'UTF8'));
        RETURN NEW;
      END $$`);
    await runner.query(`
      CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER audit_log_chain ON audit_log`);
    await runner.query(`DROP FUNCTION audit_log_chain()`);
    await runner.query(`ALTER TABLE audit_log DROP COLUMN prev_hash, DROP COLUMN hash`);
    await runner.query(`DROP FUNCTION audit_log_canonical(audit_log)`);
    await runner.query(`DROP FUNCTION audit_log_netstring(text)`);
  }

  /** Existing rows are chained in id order; the append-only trigger is lifted for this one transaction. */
  private async backfill(runner: QueryRunner): Promise<void> {
    await runner.query(`LOCK TABLE audit_log IN EXCLUSIVE MODE`);
    await runner.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`);
    await runner.query(`
      DO $$
      DECLARE entry audit_log; previous bytea := decode(repeat('00', 32), 'hex');
      BEGIN
        FOR entry IN SELECT * FROM audit_log ORDER BY id LOOP
          UPDATE audit_log
             SET prev_hash = previous, hash = sha256(previous || convert_to(audit_log_canonical(entry), 'UTF8'))
           WHERE id = entry.id
          RETURNING hash INTO previous;
        END LOOP;
      END $$`);
    await runner.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`);
  }
}
