import type { IHeaders, KafkaMessage } from 'kafkajs';
import { headersAsStrings } from '../../libs/contracts/src/cloud-event';

/** Reasons a fix on our side (code, configuration, infrastructure) can cure without changing the message. */
const REDRIVEN_BY_ALL = new Set(['handler-failed', 'verifier-failed']);
/** Curable only by a changed contract: redriven one at a time, on purpose. */
const REDRIVEN_SINGLY = new Set(['contract-violation']);
/** Evidence of a broken or hostile sender, or a record no fix can ever read: kept, never republished. */
const NEVER_REDRIVEN = new Set(['invalid-envelope', 'unsigned', 'unknown-sender', 'bad-signature', 'wrong-destination', 'malformed', 'replayed']);

export type Outcome = { kind: 'redrive'; topic: string; partition: number } | { kind: 'skip'; reason: string; why: string };

export function redrivable(message: KafkaMessage, { single }: { single: boolean }): Outcome {
  const headers = headersAsStrings(message.headers);
  const reason = headers['dlq_reason'] ?? 'unknown';
  const topic = headers['dlq_original_topic'];
  const partition = Number(headers['dlq_original_partition']);
  if (!topic || !Number.isInteger(partition)) return { kind: 'skip', reason: 'no-origin', why: 'no dlq_original_topic/partition header' };
  if (NEVER_REDRIVEN.has(reason)) return { kind: 'skip', reason, why: `${reason} letters are never redriven` };
  if (REDRIVEN_BY_ALL.has(reason) || (single && REDRIVEN_SINGLY.has(reason))) return { kind: 'redrive', topic, partition };
  const how = REDRIVEN_SINGLY.has(reason) ? 'redrive it with --partition and --offset once the contract is fixed' : 'unknown reason';
  return { kind: 'skip', reason, why: how };
}

/** The record as its producer wrote it: same key, value and headers, none of ours. */
export function originalRecord(message: KafkaMessage, target: { topic: string; partition: number }) {
  const headers: IHeaders = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!name.startsWith('dlq_') && value !== undefined) headers[name] = value;
  }
  return { topic: target.topic, partition: target.partition, key: message.key, value: message.value, headers };
}

export function describeOutcome(partition: number, message: KafkaMessage, outcome: Outcome, dryRun: boolean): string {
  const headers = headersAsStrings(message.headers);
  const letter = `partition ${partition} offset ${message.offset} event ${headers['ce_id'] ?? '-'} (${headers['dlq_reason'] ?? '-'})`;
  if (outcome.kind === 'skip') return `not redriven ${letter}: ${outcome.why}`;
  return `${dryRun ? 'would redrive' : 'redriven'} ${letter} -> ${outcome.topic} partition ${outcome.partition}`;
}
