import type { Admin, Kafka } from 'kafkajs';
import { deadLetterTopic } from '@tandem/contracts';
import { applyTopicConfigs, topicConfigOf } from './topic-retention';

export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
}

/**
 * Creates the topics that do not exist yet. Auto-creation is off on the broker, so every topic
 * exists on purpose, with the partition count from configuration and the retention `topicConfigOf`
 * gives it; an existing topic is brought up to that retention.
 */
export async function ensureTopics(kafka: Kafka, topics: string[], settings: TopicSettings): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = [...new Set(topics)];
    await applyTopicConfigs(admin, wanted.filter((topic) => existing.has(topic)));
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: settings.partitions,
        replicationFactor: settings.replicationFactor,
        configEntries: Object.entries(topicConfigOf(topic)).map(([name, value]) => ({ name, value })),
      })),
    });
    await waitForLeaders(admin, missing);
  } finally {
    await admin.disconnect();
  }
}

/** A new topic's partitions get leaders a moment after creation; until then producers fail. */
async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      if (metadata.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topics have no leaders after ${timeoutMs} ms: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A consumed topic together with the dead-letter topic its consumer may write to. */
export function withDeadLetterTopics(topics: string[]): string[] {
  return topics.flatMap((topic) => [topic, deadLetterTopic(topic)]);
}
