import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { deadLetterTopic, type KafkaRecord } from '@tandem/contracts';
import { DESTINATION_HEADER, SENDER_HEADER, SIGNATURE_HEADER } from '@tandem/federation';
import { pollUntil, type ReadRecord, readTopic } from '@tandem/devkit';

/** The first record an inbox got for `key` (a referral's first message is the one that sends it), exactly as stored. */
export async function firstRecordFor(kafka: Kafka, topic: string, key: string): Promise<ReadRecord> {
  const records = await pollUntil(
    `a record with key ${key} in ${topic}`,
    () => readTopic(kafka, topic),
    (all) => all.some((record) => record.key === key),
  );
  return records.filter((record) => record.key === key).sort((a, b) => a.offset - b.offset)[0]!;
}

/**
 * The same message about a new referral: every occurrence of the old key replaced, a new event id
 * and time, and no signature, so whoever signs it next decides who it claims to come from.
 */
export function asNewMessage(record: ReadRecord): { record: KafkaRecord; key: string; eventId: string } {
  const key = randomUUID();
  const eventId = randomUUID();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(record.headers)) {
    if (name === SIGNATURE_HEADER || name === SENDER_HEADER || name === DESTINATION_HEADER) continue;
    headers[name] = value.split(record.key).join(key);
  }
  headers['ce_id'] = eventId;
  headers['ce_time'] = new Date().toISOString();
  return { record: { key, value: record.value.split(record.key).join(key), headers }, key, eventId };
}

/** Waits for the dead letter of the event `eventId` that came through `inboxTopic`. */
export async function deadLetterOf(kafka: Kafka, inboxTopic: string, eventId: string, reason: string): Promise<ReadRecord> {
  const topic = deadLetterTopic(inboxTopic);
  const letters = await pollUntil(
    `a dead letter of event ${eventId} with reason ${reason} in ${topic}`,
    () => readTopic(kafka, topic),
    (all) => all.some((letter) => letter.headers['ce_id'] === eventId && letter.headers['dlq_reason'] === reason),
  );
  return letters.find((letter) => letter.headers['ce_id'] === eventId && letter.headers['dlq_reason'] === reason)!;
}
