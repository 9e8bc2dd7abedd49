/** A CloudEvents 1.0 event with JSON data, as Tandem's services exchange them. */
export interface CloudEvent<T = unknown> {
  id: string;
  source: string;
  type: string;
  time: string;
  /** The aggregate id; also the Kafka message key, so per-aggregate order holds. */
  subject: string;
  traceparent?: string;
  data: T;
}

/** A Kafka record in CloudEvents binary mode, independent of any Kafka client library. */
export interface KafkaRecord {
  key: string;
  value: string;
  headers: Record<string, string>;
}

export class InvalidEnvelopeError extends Error {
  override readonly name = 'InvalidEnvelopeError';
}

type RawHeaderValue = string | Buffer | Array<string | Buffer> | undefined;

/** Kafka clients hand headers over as buffers (or arrays of them); CloudEvents attributes are strings. */
export function headersAsStrings(headers: Record<string, RawHeaderValue> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    result[name] = Array.isArray(value) ? String(value[value.length - 1]) : value.toString();
  }
  return result;
}

const REQUIRED_HEADERS = ['ce_id', 'ce_source', 'ce_type', 'ce_time', 'ce_subject'] as const;

export function sourceOf(municipality: string, service: string): string {
  return `urn:tandem:${municipality}:${service}`;
}

/** The municipality named in a `ce_source`, or undefined when the source is not a Tandem one. */
export function municipalityOfSource(source: string): string | undefined {
  return /^urn:tandem:([a-z]{2}-[a-z0-9-]+):[a-z]+$/.exec(source)?.[1];
}

export function toKafkaRecord(event: CloudEvent): KafkaRecord {
  const headers: Record<string, string> = {
    ce_specversion: '1.0',
    ce_id: event.id,
    ce_source: event.source,
    ce_type: event.type,
    ce_time: event.time,
    ce_subject: event.subject,
    'content-type': 'application/json',
  };
  if (event.traceparent) headers['traceparent'] = event.traceparent;
  return { key: event.subject, value: JSON.stringify(event.data), headers };
}

/** Reads a binary-mode record back; throws InvalidEnvelopeError for anything that is not one. */
export function fromKafkaRecord(record: KafkaRecord): CloudEvent {
  const { headers } = record;
  if (headers['ce_specversion'] !== '1.0') {
    throw new InvalidEnvelopeError(`ce_specversion must be 1.0, got ${JSON.stringify(headers['ce_specversion'])}`);
  }
  for (const name of REQUIRED_HEADERS) {
    if (!headers[name]) throw new InvalidEnvelopeError(`missing header ${name}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(record.value);
  } catch (error) {
    throw new InvalidEnvelopeError(`data is not JSON: ${(error as Error).message}`);
  }
  return {
    id: headers['ce_id'],
    source: headers['ce_source'],
    type: headers['ce_type'],
    time: headers['ce_time'],
    subject: headers['ce_subject'],
    traceparent: headers['traceparent'],
    data,
  };
}
