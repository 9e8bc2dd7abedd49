import type { Admin } from 'kafkajs';

export interface PartitionLag {
  topic: string;
  partition: number;
  lag: number;
}

/**
 * How far a consumer group trails each partition of its topics: the log end minus its committed
 * offset; a partition it never committed trails by everything still retained there.
 */
export async function consumerLag(admin: Admin, groupId: string, topics: string[]): Promise<PartitionLag[]> {
  const [committed, ends] = await Promise.all([
    admin.fetchOffsets({ groupId, topics }),
    Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) }))),
  ]);
  return ends.flatMap(({ topic, partitions }) =>
    partitions.map(({ partition, high, low }) => {
      const offset = committed.find((entry) => entry.topic === topic)?.partitions.find((entry) => entry.partition === partition)?.offset;
      const from = offset === undefined || offset === '-1' ? low : offset;
      return { topic, partition, lag: Math.max(0, Number(high) - Number(from)) };
    }),
  );
}
