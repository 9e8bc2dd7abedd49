import type { KafkaMessage } from 'kafkajs';
import { type CloudEvent, ContractRegistry, fromKafkaRecord, headersAsStrings } from '@tandem/contracts';
import { NODE_EVENTS } from '../node-events';

const registry = new ContractRegistry(NODE_EVENTS);

/**
 * The events of a batch the read model is built from, checked against their contracts as the live
 * inbox checks them: what the inbox would dead-letter or skip is left out here too.
 */
export function projectedEvents(messages: readonly KafkaMessage[]): { events: CloudEvent[]; rejected: number } {
  const events: CloudEvent[] = [];
  let rejected = 0;
  for (const message of messages) {
    let event: CloudEvent;
    try {
      event = fromKafkaRecord({ key: message.key?.toString() ?? '', value: message.value?.toString() ?? '', headers: headersAsStrings(message.headers) });
    } catch {
      rejected++;
      continue;
    }
    if (!registry.has(event.type)) continue;
    try {
      registry.assertValid(event.type, event.data);
      events.push(event);
    } catch {
      rejected++;
    }
  }
  return { events, rejected };
}
