import type { KafkaMessage } from 'kafkajs';
import {
  type CloudEvent,
  type ContractRegistry,
  ContractViolationError,
  fromKafkaRecord,
  headersAsStrings,
  type KafkaRecord,
} from '@tandem/contracts';
import type { DeadLetter } from './dead-letter';

export type Decoded<H> = { event: CloudEvent; handler: H } | { skip: true } | Pick<DeadLetter, 'reason' | 'error'>;

export function kafkaRecordOf(message: KafkaMessage): KafkaRecord {
  return {
    key: message.key?.toString() ?? '',
    value: message.value?.toString() ?? '',
    headers: headersAsStrings(message.headers),
  };
}

/** Reads the event, finds its handler and checks its data against the contract; never throws for bad input. */
export function decodeRecord<H>(record: KafkaRecord, handlers: Record<string, H>, registry: ContractRegistry): Decoded<H> {
  let event: CloudEvent;
  try {
    event = fromKafkaRecord(record);
  } catch (error) {
    return { reason: 'invalid-envelope', error: (error as Error).message };
  }
  const handler = handlers[event.type];
  if (!handler) return { skip: true };
  try {
    registry.assertValid(event.type, event.data);
  } catch (error) {
    if (!(error instanceof ContractViolationError)) throw error;
    return { reason: 'contract-violation', error: error.message };
  }
  return { event, handler };
}
