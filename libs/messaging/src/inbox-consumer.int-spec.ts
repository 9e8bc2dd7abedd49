import { Partitioners } from 'kafkajs';
import type { CloudEvent } from '@tandem/contracts';
import { toKafkaRecord } from '@tandem/contracts';
import { uniqueName } from '@tandem/devkit';
import { eventually, MessagingHarness } from './test-support/messaging-harness';
import { InboxConsumer } from './inbox-consumer';
import type { Delivery } from './inbox-record';

/** Broken on purpose: an inbox that forgets what it has applied. */
class ForgetfulInboxConsumer extends InboxConsumer {
  protected override async recordDelivery(): Promise<Delivery> {
    return { kind: 'first' };
  }
}

async function applyThenRedeliverEverything(harness: MessagingHarness, Consumer: typeof InboxConsumer) {
  await harness.write(Array.from({ length: 50 }, (_, seq) => ({ aggregate: `agg-${seq % 5}`, seq })));
  const relay = harness.relay();
  relay.start();
  const groupId = `redelivery-${harness.topic}`;
  const first = harness.consumer({ groupId }, Consumer);
  await first.start();
  await eventually(async () => first.stats.applied + first.stats.duplicates === 50);
  await first.stop();
  // As an operator would: rewind the group to the start of the topic.
  const admin = harness.kafka.admin();
  await admin.connect();
  await admin.resetOffsets({ groupId, topic: harness.topic, earliest: true });
  await admin.disconnect();
  const second = harness.consumer({ groupId }, Consumer);
  await second.start();
  await eventually(async () => second.stats.applied + second.stats.duplicates === 50);
  await second.stop();
  return harness.effects();
}

/** Three poison messages, then a good one, all on one key and so one partition. */
async function sendPoisonThenGood(harness: MessagingHarness, maxAttempts: number, waitMs: number) {
  const event = (seq: number, data: object): CloudEvent => ({
    id: `poison-${seq}`,
    source: 'urn:tandem:xx-test:intake',
    type: 'tandem.intake.sequence-noted.v1',
    time: new Date().toISOString(),
    subject: 'one-key',
    data,
  });
  const malformed = { ...toKafkaRecord(event(0, {})), value: '{"aggregate": "one-key", "seq": ' };
  const schemaInvalid = toKafkaRecord(event(1, { aggregate: 'one-key', seq: 'one' }));
  const alwaysThrows = toKafkaRecord(event(2, { aggregate: 'one-key', seq: 2, failWith: 'always' }));
  const good = toKafkaRecord(event(3, { aggregate: 'one-key', seq: 3 }));
  const producer = harness.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  await producer.send({ topic: harness.topic, messages: [malformed, schemaInvalid, alwaysThrows, good] });
  await producer.disconnect();

  const consumer = harness.consumer({ maxAttempts });
  await consumer.start();
  const applied = await eventually(async () => (await harness.effects()).total === 1, waitMs);
  return { malformed, applied };
}

describe('InboxConsumer', () => {
  let harness: MessagingHarness;

  beforeEach(async () => {
    harness = await MessagingHarness.create('inbox');
  });

  afterEach(() => harness.close());

  it('has no second effect when the same events are delivered again', async () => {
    expect(await applyThenRedeliverEverything(harness, InboxConsumer)).toEqual({ total: 50, distinct: 50 });
  });

  it('catches an inbox that forgets', async () => {
    const effects = await applyThenRedeliverEverything(harness, ForgetfulInboxConsumer);
    expect(effects.total).toBeGreaterThan(effects.distinct);
  });

  it('moves poison messages to the dead-letter topic with their origin and applies the next one', async () => {
    const { malformed, applied } = await sendPoisonThenGood(harness, 3, 60_000);
    expect(applied).toBe(true);

    const letters = await harness.readDeadLetters();
    expect(letters.map((l) => l.headers['dlq_reason'])).toEqual(['invalid-envelope', 'contract-violation', 'handler-failed']);
    expect(letters.map((l) => l.headers['dlq_attempts'])).toEqual(['0', '0', '3']);
    for (const [index, letter] of letters.entries()) {
      expect(letter.headers).toMatchObject({ dlq_original_topic: harness.topic, dlq_consumer: 'effects-recorder' });
      expect(letter.headers['dlq_original_offset']).toBe(String(index));
      expect(letter.headers['dlq_original_partition']).toMatch(/^[0-2]$/);
      expect(letter.headers['dlq_error']).not.toBe('');
      expect(letter.key).toBe('one-key');
    }
    expect(letters[0].value).toBe(malformed.value);
    expect(letters[2].headers['dlq_error']).toContain('handler refuses seq 2');
  });

  it('catches a consumer that retries a failing handler forever', async () => {
    const { applied } = await sendPoisonThenGood(harness, Number.POSITIVE_INFINITY, 10_000);
    expect(applied).toBe(false);
  });

  it('commits what it applied when stopped mid-batch, so a successor redelivers nothing', async () => {
    await harness.write(Array.from({ length: 6 }, (_, seq) => ({ aggregate: 'slow', seq, workMs: 500 })));
    harness.relay().start();
    const groupId = uniqueName('handover');
    const first = harness.consumer({ groupId });
    await first.start();
    await eventually(async () => first.stats.applied >= 2, 30_000, 20);
    await first.stop();
    const appliedBeforeStop = first.stats.applied;
    expect(appliedBeforeStop).toBeLessThan(6);

    const successor = harness.consumer({ groupId });
    await successor.start();
    expect(await eventually(async () => (await harness.effects()).total === 6, 60_000)).toBe(true);
    expect(successor.stats).toMatchObject({ applied: 6 - appliedBeforeStop, duplicates: 0 });
  });

  it('keeps its group membership through a handler slower than the session timeout', async () => {
    await harness.write([{ aggregate: 'slow', seq: 0, workMs: 9000 }, { aggregate: 'slow', seq: 1 }]);
    harness.relay().start();
    const consumer = harness.consumer({ sessionTimeoutMs: 6000 });
    await consumer.start();
    expect(await eventually(async () => (await harness.effects()).total === 2, 60_000)).toBe(true);
    expect(consumer.stats).toMatchObject({ applied: 2, duplicates: 0, groupJoins: 1 });
  });

  it('retries a lost database connection until it succeeds, never dead-lettering it', async () => {
    await harness.write([{ aggregate: 'flaky', seq: 0, failWith: 'connection-loss-once' }]);
    harness.relay().start();
    const consumer = harness.consumer({ maxAttempts: 1 });
    await consumer.start();
    expect(await eventually(async () => (await harness.effects()).total === 1)).toBe(true);
    expect(consumer.stats).toMatchObject({ applied: 1, deadLettered: 0 });
    expect(consumer.stats.retries).toBeGreaterThan(0);
  });
});
