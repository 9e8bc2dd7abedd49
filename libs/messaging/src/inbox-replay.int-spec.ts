import { eventually, MessagingHarness } from './test-support/messaging-harness';
import { sequenceRecord } from './test-support/sequence-noted';

/** The same event written to the topic twice: two records, two offsets, one event id. */
async function publishTwiceAndConsume(harness: MessagingHarness, rejectReplays: boolean) {
  const record = sequenceRecord('e0', 0);
  await harness.publish([record, record]);
  const consumer = harness.consumer({ rejectReplays });
  await consumer.start();
  await eventually(async () => consumer.stats.applied + consumer.stats.duplicates + consumer.stats.deadLettered === 2);
  return consumer;
}

describe('InboxConsumer with an event id seen before', () => {
  let harness: MessagingHarness;

  beforeEach(async () => {
    harness = await MessagingHarness.create('replay');
  });

  afterEach(() => harness.close());

  it('dead-letters a replayed event as replayed, without a second effect', async () => {
    const consumer = await publishTwiceAndConsume(harness, true);

    expect(await harness.effects()).toEqual({ total: 1, distinct: 1 });
    const letters = await harness.readDeadLetters();
    expect(letters.map((l) => [l.headers['ce_id'], l.headers['dlq_reason'], l.headers['dlq_original_offset']])).toEqual([
      ['e0', 'replayed', '1'],
    ]);
    expect(letters[0].headers['dlq_error']).toBe(`event e0 was applied from ${harness.topic}/${letters[0].partition}@0`);
    expect(consumer.stats).toMatchObject({ applied: 1, duplicates: 0, deadLettered: 1, replaysRejected: 1 });
  });

  it('skips a replayed event as a duplicate when replays are not rejected', async () => {
    const consumer = await publishTwiceAndConsume(harness, false);

    expect(await harness.effects()).toEqual({ total: 1, distinct: 1 });
    expect(await harness.readDeadLetters()).toEqual([]);
    expect(consumer.stats).toMatchObject({ applied: 1, duplicates: 1, deadLettered: 0, replaysRejected: 0 });
  });

  it('treats the same record delivered again as a duplicate, not a replay', async () => {
    await harness.publish(Array.from({ length: 5 }, (_, seq) => sequenceRecord(`e${seq}`, seq)));
    const groupId = `rewound-${harness.topic}`;
    const first = harness.consumer({ groupId, rejectReplays: true });
    await first.start();
    await eventually(async () => first.stats.applied === 5);
    await first.stop();
    // As an operator would: rewind the group to the start of the topic.
    const admin = harness.kafka.admin();
    await admin.connect();
    await admin.resetOffsets({ groupId, topic: harness.topic, earliest: true });
    await admin.disconnect();
    const second = harness.consumer({ groupId, rejectReplays: true });
    await second.start();
    await eventually(async () => second.stats.duplicates + second.stats.deadLettered === 5);

    expect(await harness.effects()).toEqual({ total: 5, distinct: 5 });
    expect(await harness.readDeadLetters()).toEqual([]);
    expect(second.stats).toMatchObject({ applied: 0, duplicates: 5, deadLettered: 0 });
  });
});
