import { randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import { type EventContract, localTopic, sourceOf, toKafkaRecord } from '@tandem/contracts';
import { harnessKafka, publishRaw } from './nodes/exchange-kafka';
import { pollUntil } from './nodes/poll';
import { readTopic } from './read-topic';
import type { ServiceTestApp } from './service-test-app';
import { uniqueName } from './test-database';

/** Publishes `contract` on the test app's node topic as another service of the node (`from`) would. */
export async function publishAs<C extends EventContract>(
  app: ServiceTestApp,
  from: string,
  contract: C,
  subject: string,
  data: Static<C['schema']>,
): Promise<void> {
  const event = { id: randomUUID(), source: sourceOf(app.municipality, from), type: contract.type, time: new Date().toISOString(), subject, data };
  await publishRaw(kafkaOf(app), localTopic(app.municipality, contract), [toKafkaRecord(event)]);
}

/**
 * The data of the `contract` events on `topic` (default: the contract's node topic), about `subject`
 * if given, once at least `atLeast` (default 1) of them have been published.
 */
export function published<C extends EventContract>(
  app: ServiceTestApp,
  contract: C,
  options: { atLeast?: number; topic?: string; subject?: string } = {},
): Promise<Array<Static<C['schema']>>> {
  const topic = options.topic ?? localTopic(app.municipality, contract);
  const atLeast = options.atLeast ?? 1;
  return pollUntil(
    `${atLeast} ${contract.type} on ${topic}${options.subject ? ` about ${options.subject}` : ''}`,
    async () => {
      const records = await readTopic(kafkaOf(app), topic).catch(() => []);
      return records
        .filter((record) => record.headers.ce_type === contract.type && (!options.subject || record.key === options.subject))
        .map((record) => JSON.parse(record.value));
    },
    (events) => events.length >= atLeast,
  );
}

function kafkaOf(app: ServiceTestApp) {
  return harnessKafka(app.settings.KAFKA_BROKERS ?? '', uniqueName('test-events'));
}
