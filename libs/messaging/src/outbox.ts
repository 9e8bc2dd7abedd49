import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Static, TSchema } from '@sinclair/typebox';
import {
  type CloudEvent,
  type ContractRegistry,
  type EventContract,
  type KafkaRecord,
  localTopic,
  sourceOf,
  toKafkaRecord,
} from '@tandem/contracts';
import { approximateRecordBytes, MAX_SEND_BYTES } from './send-chunks';
import { activeTraceparent } from './trace-context';

export interface OutboxMessage<S extends TSchema> {
  contract: EventContract<S>;
  /** The aggregate id: Kafka key and CloudEvents subject. */
  subject: string;
  data: Static<S>;
  /** Defaults to the node-local topic of the contract's family. */
  topic?: string;
  /** Defaults to the active span's, so an event continues the trace of the request or event that caused it. */
  traceparent?: string;
  /** Signs the record before it is stored, as cross-border messages are (a detached JWS header). */
  sign?: (record: KafkaRecord) => Promise<KafkaRecord>;
}

export class OutboxMessageTooLargeError extends Error {
  override readonly name = 'OutboxMessageTooLargeError';
}

export interface OutboxIdentity {
  municipality: string;
  service: string;
}

/**
 * Writes events into the caller's transaction; the relay publishes them after commit.
 * Guarantee: an event exists iff the transaction that wrote it committed.
 */
export class Outbox {
  constructor(
    private readonly identity: OutboxIdentity,
    private readonly registry: ContractRegistry,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async add<S extends TSchema>(manager: EntityManager, message: OutboxMessage<S>): Promise<CloudEvent<Static<S>>> {
    this.registry.assertValid(message.contract.type, message.data);
    const event: CloudEvent<Static<S>> = {
      id: randomUUID(),
      source: sourceOf(this.identity.municipality, this.identity.service),
      type: message.contract.type,
      time: this.clock().toISOString(),
      subject: message.subject,
      traceparent: message.traceparent ?? activeTraceparent(),
      data: message.data,
    };
    const unsigned = toKafkaRecord(event);
    const record = message.sign ? await message.sign(unsigned) : unsigned;
    // Larger than one broker request: it could never be published and would hold back its key.
    if (approximateRecordBytes({ message_key: record.key, payload: record.value, headers: record.headers }) > MAX_SEND_BYTES) {
      throw new OutboxMessageTooLargeError(`${event.type} for ${event.subject} exceeds ${MAX_SEND_BYTES} bytes`);
    }
    const topic = message.topic ?? localTopic(this.identity.municipality, message.contract);
    await manager.query(
      'INSERT INTO outbox (event_id, topic, message_key, headers, payload) VALUES ($1, $2, $3, $4, $5)',
      [event.id, topic, record.key, JSON.stringify(record.headers), record.value],
    );
    return event;
  }

  /**
   * Deletes the rows of one aggregate the relay has already published. After an erasure, the copy kept
   * for inspection must not outlive the data it was erased from; unsent rows stay, or they would be lost.
   */
  async forgetSent(manager: EntityManager, subject: string): Promise<number> {
    const [, deleted] = await manager.query('DELETE FROM outbox WHERE message_key = $1 AND sent_at IS NOT NULL', [subject]);
    return deleted;
  }
}
