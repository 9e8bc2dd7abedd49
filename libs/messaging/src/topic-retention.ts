import { type Admin, ConfigResourceTypes, ConfigSource } from 'kafkajs';

/** `<municipality>.<service>.<family>.v<major>`: a node-local event topic (not a dead letter, not an exchange inbox). */
const NODE_LOCAL_EVENTS = /^[a-z]{2}-[a-z0-9-]+\.([a-z]+\.[a-z-]+)\.v[0-9]+$/;

/**
 * Node-local topics that keep the broker's default retention all the same: the public placement feed,
 * and intake's referral topic, whose InboundReferralAccepted carries the name a partner shared, which a
 * consent withdrawal must be able to outlive (docs/privacy.md). No read model replays either.
 */
const DEFAULT_RETENTION = ['placement.public', 'intake.referral'];

/**
 * The settings a topic is created with, beyond partitions. Node-local event topics are kept without
 * time limit: read models such as the outcome figures are rebuilt by replaying them from offset 0
 * (ADR 22), and they carry ids, codes, dates and amounts only (docs/privacy.md). Dead letters, the
 * exchange inboxes and DEFAULT_RETENTION keep the broker's default retention.
 */
export function topicConfigOf(topic: string): Record<string, string> {
  const family = NODE_LOCAL_EVENTS.exec(topic)?.[1];
  return family && !DEFAULT_RETENTION.includes(family) ? { 'retention.ms': '-1' } : {};
}

/**
 * Brings topics created before their settings were decided up to them. `alterConfigs` replaces a topic's
 * whole dynamic configuration, so what was set on the topic before is sent along unchanged.
 */
export async function applyTopicConfigs(admin: Admin, topics: string[]): Promise<void> {
  const wanted = topics.map((topic) => ({ topic, config: topicConfigOf(topic) })).filter(({ config }) => Object.keys(config).length > 0);
  if (wanted.length === 0) return;
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: wanted.map(({ topic }) => ({ type: ConfigResourceTypes.TOPIC, name: topic })),
  });
  const stale = wanted.flatMap(({ topic, config }) => {
    const entries = resources.find((resource) => resource.resourceName === topic)?.configEntries ?? [];
    const own = Object.fromEntries(entries.filter((entry) => entry.configSource === ConfigSource.TOPIC_CONFIG).map((entry) => [entry.configName, entry.configValue]));
    const differs = Object.entries(config).some(([name, value]) => own[name] !== value);
    return differs ? [{ topic, entries: { ...own, ...config } }] : [];
  });
  if (stale.length === 0) return;
  await admin.alterConfigs({
    validateOnly: false,
    resources: stale.map(({ topic, entries }) => ({
      type: ConfigResourceTypes.TOPIC,
      name: topic,
      configEntries: Object.entries(entries).map(([name, value]) => ({ name, value })),
    })),
  });
}
