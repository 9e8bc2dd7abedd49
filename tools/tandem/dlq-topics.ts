import type { Admin } from 'kafkajs';
import { UsageError } from './command';

/** The DLQ topics of one node: dead letters of its own topics and of its exchange inbox. */
export async function nodeDeadLetterTopics(admin: Admin, municipality: string, service?: string): Promise<string[]> {
  const topics = await admin.listTopics();
  const ofNode = topics.filter((topic) => isNodeDeadLetterTopic(topic, municipality)).sort();
  if (!service) return ofNode;
  const read = await topicsReadBy(admin, `${municipality}.${service}.`);
  return ofNode.filter((topic) => read.has(topic.slice(0, -'.dlq'.length)));
}

export function isNodeDeadLetterTopic(topic: string, municipality: string): boolean {
  return (topic.startsWith(`${municipality}.`) && topic.endsWith('.dlq')) || topic === `xb.${municipality}.inbox.v1.dlq`;
}

/**
 * Topics a service consumes, from the offsets its consumer groups (`<municipality>.<service>.<inbox>`)
 * committed: its inboxes dead-letter only records of those topics.
 */
async function topicsReadBy(admin: Admin, groupPrefix: string): Promise<Set<string>> {
  const { groups } = await admin.listGroups();
  const read = new Set<string>();
  for (const { groupId } of groups.filter((group) => group.groupId.startsWith(groupPrefix))) {
    for (const { topic } of await admin.fetchOffsets({ groupId })) read.add(topic);
  }
  return read;
}

export function assertDeadLetterTopic(topic: string | undefined): string {
  if (!topic) throw new UsageError('--topic is required');
  if (!topic.endsWith('.dlq')) throw new UsageError(`--topic must be a dead-letter topic (<topic>.dlq), got ${topic}`);
  return topic;
}
