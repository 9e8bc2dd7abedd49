import type { IHeaders, KafkaMessage } from 'kafkajs';
import { deadLetterTopic } from '@tandem/contracts';

/**
 * Why a message was moved aside. Known reasons: `invalid-envelope`, `contract-violation`,
 * `handler-failed`, `verifier-failed` (the verifier threw until attempts ran out), `replayed`
 * (an event id already applied from another position), and whatever a RecordVerifier rejects
 * with, such as `bad-signature`, `unsigned` or `wrong-destination`.
 */
export type DeadLetterReason =
  | 'invalid-envelope'
  | 'contract-violation'
  | 'handler-failed'
  | 'verifier-failed'
  | 'replayed'
  // Verifiers name their own reasons; the literals above keep the known ones discoverable.
  | (string & {});

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  consumer: string;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
}

/** The record written to `<topic>.dlq`: the original key, value and headers, plus why and from where. */
export function deadLetterRecord(letter: DeadLetter, failedAt: Date) {
  const headers: IHeaders = {
    ...letter.message.headers,
    dlq_original_topic: letter.topic,
    dlq_original_partition: String(letter.partition),
    dlq_original_offset: letter.message.offset,
    dlq_consumer: letter.consumer,
    dlq_reason: letter.reason,
    dlq_error: letter.error.slice(0, 2000),
    dlq_attempts: String(letter.attempts),
    dlq_failed_at: failedAt.toISOString(),
  };
  return {
    topic: deadLetterTopic(letter.topic),
    messages: [{ key: letter.message.key, value: letter.message.value, headers }],
  };
}
