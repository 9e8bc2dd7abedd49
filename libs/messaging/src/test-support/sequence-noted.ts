import { type Static, Type } from '@sinclair/typebox';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { type CloudEvent, defineEvent, type KafkaRecord, toKafkaRecord } from '@tandem/contracts';
import type { EventHandler } from '../inbox-consumer';

/** A test event: the n-th event of an aggregate, so tests can check order and count effects. */
export const SequenceNotedV1 = defineEvent({
  service: 'intake',
  family: 'sequence',
  name: 'sequence-noted',
  version: 1,
  description: 'Test-only event carrying a per-aggregate sequence number.',
  schema: Type.Object({
    aggregate: Type.String({ minLength: 1 }),
    seq: Type.Integer({ minimum: 0 }),
    padding: Type.Optional(Type.String()),
    failWith: Type.Optional(Type.Union([Type.Literal('always'), Type.Literal('connection-loss-once')])),
    /** Makes the handler take this long, as slow real work would. */
    workMs: Type.Optional(Type.Integer({ minimum: 0 })),
  }),
  example: { aggregate: 'a-1', seq: 0 },
});

/** A SequenceNoted record on one key, so the records of a test share a partition and keep their order. */
export function sequenceRecord(id: string, seq: number, extraHeaders: Record<string, string> = {}): KafkaRecord {
  const event: CloudEvent = {
    id,
    source: 'urn:tandem:xx-test:intake',
    type: SequenceNotedV1.type,
    time: new Date().toISOString(),
    subject: 'one-key',
    data: { aggregate: 'one-key', seq },
  };
  const record = toKafkaRecord(event);
  return { ...record, headers: { ...record.headers, ...extraHeaders } };
}

/**
 * One row per application, numbered in the order applied, with no uniqueness: a duplicate effect
 * shows as a second row, a reordering as a seq falling within an aggregate.
 */
export class EffectsTable1700000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE effects (applied bigserial PRIMARY KEY, event_id text NOT NULL, aggregate text NOT NULL, seq int NOT NULL)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE effects`);
  }
}

let connectionLossDone = false;

/** The effect under test: one row per application of an event. */
export const recordEffect: EventHandler = async (event: CloudEvent, manager) => {
  const data = event.data as Static<typeof SequenceNotedV1.schema>;
  if (data.workMs) await new Promise((resolve) => setTimeout(resolve, data.workMs));
  if (data.failWith === 'always') throw new Error(`handler refuses seq ${data.seq}`);
  if (data.failWith === 'connection-loss-once' && !connectionLossDone) {
    connectionLossDone = true;
    // Really loses the connection mid-transaction, as when PostgreSQL restarts.
    await manager.query('SELECT pg_terminate_backend(pg_backend_pid())');
  }
  await manager.query('INSERT INTO effects (event_id, aggregate, seq) VALUES ($1, $2, $3)', [
    event.id,
    data.aggregate,
    data.seq,
  ]);
};
