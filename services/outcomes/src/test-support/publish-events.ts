import { CompressionTypes, type Kafka, Partitioners } from 'kafkajs';
import { toKafkaRecord } from '@tandem/contracts';
import type { TopicEvent } from './cohort-events';

/** Publishes events as CloudEvents records, keyed by subject as the services' relays key them, in large batches. */
export async function publishEvents(kafka: Kafka, events: readonly TopicEvent[], chunk = 5_000): Promise<void> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (let start = 0; start < events.length; start += chunk) {
      const byTopic = new Map<string, Array<{ key: string; value: string; headers: Record<string, string> }>>();
      for (const { topic, event } of events.slice(start, start + chunk)) {
        const messages = byTopic.get(topic) ?? [];
        byTopic.set(topic, messages);
        messages.push(toKafkaRecord(event));
      }
      await producer.sendBatch({ acks: -1, compression: CompressionTypes.None, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
    }
  } finally {
    await producer.disconnect();
  }
}
