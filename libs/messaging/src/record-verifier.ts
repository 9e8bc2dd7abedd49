import type { KafkaRecord } from '@tandem/contracts';

/**
 * `accepted` carries the record to decode, with only the headers the verifier vouches for;
 * `rejected` names the dead-letter reason (`bad-signature`, `unsigned`, `wrong-destination`, ...).
 */
export type RecordVerdict = { accepted: KafkaRecord } | { rejected: string; error: string };

/**
 * Checks a record before it is decoded. Returns a verdict on what the record says; throws only
 * when it cannot tell (a bug, an unreachable key store), and the consumer then retries it.
 */
export type RecordVerifier = (record: KafkaRecord) => Promise<RecordVerdict>;
