import { type Admin, ConfigResourceTypes } from 'kafkajs';
import pino from 'pino';
import { uniqueName } from '@tandem/devkit';
import { createKafkaClient } from './kafka-client';
import { ensureTopics } from './topics';

const SETTINGS = { partitions: 1, replicationFactor: 1 };

async function topicSettings(admin: Admin, topic: string): Promise<Record<string, string>> {
  const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }] });
  return Object.fromEntries((resources[0]?.configEntries ?? []).map((entry) => [entry.configName, entry.configValue]));
}

describe('topic retention on the broker', () => {
  const kafka = createKafkaClient({ brokers: process.env.KAFKA_BROKERS!.split(','), clientId: uniqueName('retention'), logger: pino({ level: 'silent' }) });
  const admin = kafka.admin();
  const node = `de-${uniqueName('ret').replace(/_/g, '-')}`;

  beforeAll(() => admin.connect());
  afterAll(() => admin.disconnect());

  it('creates node-local event topics without time limit, and their dead letters with the default', async () => {
    const topic = `${node}.training.enrollment.v1`;
    await ensureTopics(kafka, [topic, `${topic}.dlq`], SETTINGS);
    expect((await topicSettings(admin, topic))['retention.ms']).toBe('-1');
    expect((await topicSettings(admin, `${topic}.dlq`))['retention.ms']).toBe('604800000');
  });

  it('brings a topic created with the default retention up to unlimited, keeping its other settings', async () => {
    const topic = `${node}.support.entitlement.v1`;
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1, configEntries: [{ name: 'cleanup.policy', value: 'delete' }, { name: 'max.message.bytes', value: '2000000' }] }] });
    expect((await topicSettings(admin, topic))['retention.ms']).toBe('604800000');
    await ensureTopics(kafka, [topic], SETTINGS);
    const settings = await topicSettings(admin, topic);
    expect(settings['retention.ms']).toBe('-1');
    expect(settings['max.message.bytes']).toBe('2000000');
  });
});
