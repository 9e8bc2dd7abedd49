import { toKafkaRecord } from './cloud-event';
import type { EventContract } from './event-contract';

const HEADER_DESCRIPTIONS: Record<string, string> = {
  ce_specversion: 'CloudEvents spec version.',
  ce_id: 'Event id (UUID); consumers deduplicate by it.',
  ce_source: 'The producing service: `urn:tandem:<municipality>:<service>`.',
  ce_type: 'The event type, with its major version.',
  ce_time: 'When the producing transaction wrote the event (RFC 3339).',
  ce_subject: 'The aggregate id; also the Kafka key, so events of one aggregate stay in order.',
  'content-type': 'Media type of the record value.',
  traceparent: 'W3C trace context of the request that caused the event, when there was one.',
};

/** What the cross-border signer adds (libs/federation); the signature covers the key, every ce_* header, traceparent and the data. */
const EXCHANGE_HEADERS: Record<string, string> = {
  xb_sender: 'Municipality of the signing node.',
  xb_destination: 'Municipality whose inbox the record is addressed to.',
  xb_signature: 'Detached Ed25519 JWS over sender, destination, key, ce_* headers, traceparent and data.',
};

/** The headers `toKafkaRecord` writes, read from the function itself so this cannot drift from it. */
function envelopeHeaders(): { always: string[]; optional: string[] } {
  const sample = { id: 'i', source: 's', type: 't', time: 't', subject: 's', data: null };
  const always = Object.keys(toKafkaRecord(sample).headers);
  const optional = Object.keys(toKafkaRecord({ ...sample, traceparent: 'p' }).headers).filter((name) => !always.includes(name));
  return { always, optional };
}

function headerSchema(name: string, contract: EventContract): Record<string, unknown> {
  const description = HEADER_DESCRIPTIONS[name] ?? EXCHANGE_HEADERS[name];
  switch (name) {
    case 'ce_specversion':
      return { type: 'string', const: '1.0', description };
    case 'ce_type':
      return { type: 'string', const: contract.type, description };
    case 'ce_source':
      return { type: 'string', pattern: `^urn:tandem:[a-z]{2}-[a-z0-9-]+:${contract.service}$`, description };
    case 'ce_id':
      return { type: 'string', format: 'uuid', description };
    case 'ce_time':
      return { type: 'string', format: 'date-time', description };
    case 'content-type':
      return { type: 'string', const: 'application/json', description };
    default:
      return { type: 'string', description };
  }
}

/** CloudEvents 1.0 in Kafka binary mode: attributes as headers, `data` as the JSON value. */
export function messageHeaders(contract: EventContract): Record<string, unknown> {
  const { always, optional } = envelopeHeaders();
  const signed = contract.exchange ? Object.keys(EXCHANGE_HEADERS) : [];
  const required = [...always, ...signed];
  return {
    type: 'object',
    required,
    properties: Object.fromEntries([...required, ...optional].map((name) => [name, headerSchema(name, contract)])),
  };
}

/** A contract as an AsyncAPI message: its headers, its payload schema and its example. */
export function asyncApiMessage(contract: EventContract): Record<string, unknown> {
  return {
    name: contract.type,
    title: contract.type,
    summary: contract.description,
    contentType: 'application/json',
    headers: messageHeaders(contract),
    // A JSON round trip drops TypeBox's symbol keys and leaves plain JSON Schema.
    payload: JSON.parse(JSON.stringify(contract.schema)) as unknown,
    examples: [{ name: 'example', payload: contract.example }],
    bindings: {
      kafka: { key: { type: 'string', description: 'The aggregate id (= ce_subject).' }, bindingVersion: '0.5.0' },
    },
  };
}

/** What a consumer writes to `<topic>.dlq`: the original record, plus why and from where (libs/messaging dead-letter.ts). */
export const DEAD_LETTER_MESSAGE: Record<string, unknown> = {
  name: 'dead-letter',
  title: 'Dead letter',
  summary: 'A record a consumer could not apply: its original key, value and headers, with the dlq_* headers added.',
  headers: {
    type: 'object',
    required: [
      'dlq_original_topic',
      'dlq_original_partition',
      'dlq_original_offset',
      'dlq_consumer',
      'dlq_reason',
      'dlq_error',
      'dlq_attempts',
      'dlq_failed_at',
    ],
    properties: {
      dlq_original_topic: { type: 'string' },
      dlq_original_partition: { type: 'string' },
      dlq_original_offset: { type: 'string' },
      dlq_consumer: { type: 'string', description: 'The inbox name of the consumer that gave up.' },
      dlq_reason: {
        type: 'string',
        description: 'invalid-envelope, contract-violation, handler-failed, verifier-failed, replayed, or a verifier\'s reason such as bad-signature.',
      },
      dlq_error: { type: 'string', description: 'The last error, at most 2000 characters.' },
      dlq_attempts: { type: 'string' },
      dlq_failed_at: { type: 'string', format: 'date-time' },
    },
  },
  payload: { description: 'The original record value, unchanged.' },
};
