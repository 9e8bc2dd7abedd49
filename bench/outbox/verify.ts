import type { DataSource } from 'typeorm';
import type { Kafka } from 'kafkajs';
import { readTopic } from '@tandem/devkit';

export interface TopicCheck {
  records: number;
  duplicates: number;
  missing: number;
  /** Keys whose events arrived in another order than their outbox ids. */
  keysOutOfOrder: number;
}

/**
 * Reads the whole topic back and compares it with the outbox: every event once or more (at least
 * once), and each key's events in outbox id order (a duplicate may come late; its first copy counts).
 */
export async function checkTopicAgainstOutbox(kafka: Kafka, topic: string, dataSource: DataSource): Promise<TopicCheck> {
  const expected: Array<{ event_id: string; message_key: string }> = await dataSource.query(
    'SELECT event_id::text, message_key FROM outbox ORDER BY id',
  );
  const records = await readTopic(kafka, topic, 300_000);
  const published = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const record of records) {
    const id = record.headers['ce_id'];
    if (seen.has(id)) continue;
    seen.add(id);
    appendTo(published, record.key, id);
  }
  const wanted = new Map<string, string[]>();
  for (const row of expected) appendTo(wanted, row.message_key, row.event_id);
  const keysOutOfOrder = [...wanted].filter(([key, ids]) => (published.get(key) ?? []).join() !== ids.join()).length;
  return {
    records: records.length,
    duplicates: records.length - seen.size,
    missing: expected.filter((row) => !seen.has(row.event_id)).length,
    keysOutOfOrder,
  };
}

function appendTo(lists: Map<string, string[]>, key: string, value: string): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
