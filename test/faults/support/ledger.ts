import type { Kafka } from 'kafkajs';
import { readTopic } from '@tandem/devkit';
import { type FaultWorld, sleep } from './fault-world';

export interface LedgerCount {
  acknowledged: number;
  /** Acknowledged writes missing from the topic or never applied. */
  lost: number;
  /** Of those, the ones missing from the topic: lost by the publishing side. */
  unpublished: number;
  /** Effect rows beyond one per event id. */
  duplicateEffects: number;
  /** Applications whose seq is not above the previous one applied for the same aggregate. */
  orderViolations: number;
}

/**
 * Checks every acknowledged event id against the drained topic and the effects table. Waits for the
 * consumer to apply what the topic holds for as long as it makes progress (a loaded machine catches up
 * slowly after the faults), and gives up once it has applied nothing for `stallMs`: then what is
 * missing is counted lost. Counts come from one read of the effects, so a late application cannot pass
 * for a duplicate.
 */
export async function countLedger(world: FaultWorld, acknowledged: readonly string[], stallMs = 90_000): Promise<LedgerCount> {
  const onTopic = new Set((await readTopic(world.kafka, world.topic)).map((record) => record.headers['ce_id']));
  const expected = acknowledged.filter((id) => onTopic.has(id)).length;
  const appliedCount = () => world.count('SELECT count(DISTINCT event_id) FROM effects');
  let applied = await appliedCount();
  let progressAt = Date.now();
  while (applied < expected && Date.now() - progressAt < stallMs) {
    await sleep(250);
    const now = await appliedCount();
    if (now > applied) [applied, progressAt] = [now, Date.now()];
  }
  const rows = ((await world.dataSource.query('SELECT event_id FROM effects')) as Array<{ event_id: string }>).map((row) => row.event_id);
  const effects = new Set(rows);
  return {
    acknowledged: acknowledged.length,
    lost: acknowledged.filter((id) => !onTopic.has(id) || !effects.has(id)).length,
    unpublished: acknowledged.filter((id) => !onTopic.has(id)).length,
    duplicateEffects: rows.length - effects.size,
    orderViolations: await orderViolations(world),
  };
}

export function orderViolations(world: FaultWorld): Promise<number> {
  return world.count(`SELECT count(*) FROM (
    SELECT seq, lag(seq) OVER (PARTITION BY aggregate ORDER BY applied) AS previous FROM effects
  ) applications WHERE seq <= previous`);
}

/** Records on `topic` that `groupId` has not committed past (a partition it never committed counts from its start). */
export async function consumerLag(kafka: Kafka, groupId: string, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return ends.reduce((lag, end) => {
      const offset = Number(committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
      return lag + Number(end.high) - (offset < 0 ? Number(end.low) : offset);
    }, 0);
  } finally {
    await admin.disconnect();
  }
}
