import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@tandem/contracts';

/** Where a record sits in Kafka; the offset as kafkajs gives it, a decimal string. */
export interface RecordPosition {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * `redelivery`: the record applied before, read again (offset not committed, group rewound).
 * `replay`: the same event id in another record, as when a signed message is written again.
 */
export type Delivery = { kind: 'first' } | { kind: 'redelivery' } | { kind: 'replay'; appliedFrom: RecordPosition };

interface StoredPosition {
  source_topic: string | null;
  source_partition: number | null;
  source_offset: string | null;
}

/**
 * Records the event in the inbox with the position it came from, unless the consumer has it already.
 * Rows written before positions were recorded have none; those count as redeliveries.
 */
export async function recordDelivery(
  manager: EntityManager,
  consumer: string,
  event: CloudEvent,
  position: RecordPosition,
): Promise<Delivery> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO inbox (consumer, event_id, event_type, source_topic, source_partition, source_offset)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, event.id, event.type, position.topic, position.partition, position.offset],
  );
  if (inserted.length === 1) return { kind: 'first' };
  const [stored]: StoredPosition[] = await manager.query(
    `SELECT source_topic, source_partition, source_offset::text FROM inbox WHERE consumer = $1 AND event_id = $2`,
    [consumer, event.id],
  );
  if (!stored?.source_topic || stored.source_partition === null || stored.source_offset === null) {
    return { kind: 'redelivery' };
  }
  const appliedFrom = { topic: stored.source_topic, partition: stored.source_partition, offset: stored.source_offset };
  const same =
    appliedFrom.topic === position.topic && appliedFrom.partition === position.partition && appliedFrom.offset === position.offset;
  return same ? { kind: 'redelivery' } : { kind: 'replay', appliedFrom };
}
