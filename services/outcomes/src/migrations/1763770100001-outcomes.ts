import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model of outcome figures: one table per kind of fact, keyed by the natural id the fact is
 * about, so applying an event again changes nothing. Rebuilt from the node's topics by
 * `npm run tandem -- outcomes replay`; no table is written by anything but an event.
 */
export class Outcomes1763770100001 implements MigrationInterface {
  name = 'Outcomes1763770100001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE participant_demographics (
        participant_id uuid PRIMARY KEY,
        gender text NOT NULL,
        age_band text NOT NULL,
        noted_at timestamptz NOT NULL
      );
      CREATE TABLE participant_groups (
        participant_id uuid PRIMARY KEY,
        status_group text NOT NULL CHECK (status_group IN ('refugee', 'migrant', 'host')),
        noted_at timestamptz NOT NULL
      );
      CREATE TABLE enrollments (
        enrollment_id uuid PRIMARY KEY,
        program_id uuid NOT NULL,
        participant_id uuid,
        cross_border boolean NOT NULL,
        confirmed_on date,
        completed_on date,
        dropped_on date,
        drop_reason text
      );
      CREATE INDEX enrollments_participant ON enrollments (participant_id);
      CREATE TABLE placements (
        placement_id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        started_on date,
        ended_on date
      );
      CREATE INDEX placements_participant ON placements (participant_id);
      CREATE TABLE retention_checkpoints (
        placement_id uuid NOT NULL,
        checkpoint_days integer NOT NULL,
        still_employed boolean NOT NULL,
        PRIMARY KEY (placement_id, checkpoint_days)
      );
      CREATE TABLE wages (
        placement_id uuid NOT NULL,
        effective_on date NOT NULL,
        amount_minor bigint NOT NULL,
        currency text NOT NULL,
        period text NOT NULL,
        PRIMARY KEY (placement_id, effective_on)
      );
      CREATE TABLE support_costs (
        delivery_id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        delivered_on date NOT NULL,
        amount_minor bigint NOT NULL,
        currency text NOT NULL
      );
      CREATE INDEX support_costs_participant ON support_costs (participant_id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP TABLE support_costs, wages, retention_checkpoints, placements, enrollments, participant_groups, participant_demographics',
    );
  }
}
