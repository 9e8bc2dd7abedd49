import { Partitioners, type Producer } from 'kafkajs';
import { eventually, MessagingHarness } from './test-support/messaging-harness';
import { Outbox, type OutboxMessage, OutboxMessageTooLargeError } from './outbox';
import type { ClaimedBatch } from './claimed-batch';
import { OutboxRelay } from './outbox-relay';
import type { TSchema } from '@sinclair/typebox';
import type { EntityManager } from 'typeorm';

/** Broken on purpose: publishes straight to Kafka, outside the transaction, like an in-memory event bus. */
function outboxPublishingOutsideTransaction(harness: MessagingHarness): Outbox {
  const producer = harness.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  harness.defer(() => producer.disconnect());
  const outbox = new Outbox({ municipality: 'xx-test', service: 'intake' }, harness.registry);
  const add = outbox.add.bind(outbox);
  outbox.add = async <S extends TSchema>(manager: EntityManager, message: OutboxMessage<S>) => {
    const event = await add(manager, message);
    await producer.connect();
    await producer.send({ topic: harness.topic, messages: [{ key: message.subject, value: JSON.stringify(event.data) }] });
    return event;
  };
  return outbox;
}

/** Broken on purpose: one request per batch, however large, as kafkajs's sendBatch alone would send it. */
class UnchunkedRelay extends OutboxRelay {
  private direct?: Producer;

  protected override async publish({ publishable: rows }: ClaimedBatch): Promise<void> {
    this.direct ??= this.options.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await this.direct.connect();
    const messages = rows.map((row) => ({ key: row.message_key, value: row.payload, headers: row.headers }));
    await this.direct.sendBatch({ acks: -1, topicMessages: [{ topic: rows[0].topic, messages }] });
  }

  override async stop(): Promise<void> {
    await super.stop();
    await this.direct?.disconnect();
  }
}

/** 1,000 events of about 1 KiB on one key: more than the broker takes in one partition batch. */
async function drainBurstOnOneKey(harness: MessagingHarness, Relay: typeof OutboxRelay, waitMs: number) {
  for (let start = 0; start < 1000; start += 250) {
    await harness.write(Array.from({ length: 250 }, (_, i) => ({ aggregate: 'busy', seq: start + i, padding: 'p'.repeat(1024) })));
  }
  const relay = harness.relay({ batchSize: 1000, maxBackoffMs: 200 }, Relay);
  relay.start();
  return eventually(async () => (await harness.unsentCount()) === 0, waitMs);
}

/** Broken on purpose: publishes each batch in reverse order. */
class ReversingRelay extends OutboxRelay {
  protected override async publish(batch: ClaimedBatch): Promise<void> {
    batch.hold(batch.rows, [...batch.publishable].reverse());
    await super.publish(batch);
  }
}

/** Its third send fails before anything reaches Kafka, while the batch behind it is already claimed. */
class FailingOnceRelay extends OutboxRelay {
  private sends = 0;

  protected override async publish(batch: ClaimedBatch): Promise<void> {
    if (++this.sends === 3) throw new Error('the broker refused the request');
    await super.publish(batch);
  }
}

async function commitOneAndRollBackOne(harness: MessagingHarness, outbox: Outbox) {
  const write = (aggregate: string) => (manager: EntityManager) =>
    outbox.add(manager, { contract: harness.registry.get('tandem.intake.sequence-noted.v1'), subject: aggregate, data: { aggregate, seq: 0 }, topic: harness.topic });
  await harness.dataSource.transaction(write('committed'));
  await harness.dataSource
    .transaction(async (manager) => {
      await write('rolled-back')(manager);
      throw new Error('the command failed after writing its event');
    })
    .catch(() => undefined);
  const relay = harness.relay();
  relay.start();
  await eventually(async () => (await harness.unsentCount()) === 0);
  await relay.stop();
  const records = await harness.readTopic();
  return {
    committed: records.filter((r) => r.key === 'committed').length,
    rolledBack: records.filter((r) => r.key === 'rolled-back').length,
  };
}

function expectPublishedExactlyOnceAfterCommit(result: { committed: number; rolledBack: number }) {
  expect(result).toEqual({ committed: 1, rolledBack: 0 });
}

/** Writes the keys' events interleaved, one transaction per round, then lets the relays drain them together. */
async function publishInterleaved(harness: MessagingHarness, relays: OutboxRelay[], keys: number, perKey: number) {
  for (let seq = 0; seq < perKey; seq++) {
    await harness.write(Array.from({ length: keys }, (_, k) => ({ aggregate: `agg-${k}`, seq })));
  }
  for (const relay of relays) relay.start();
  await eventually(async () => (await harness.unsentCount()) === 0);
  await Promise.all(relays.map((relay) => relay.stop()));
  return harness.readTopic();
}

function orderViolations(records: Array<{ key: string; value: string }>): number {
  const last = new Map<string, number>();
  let violations = 0;
  for (const record of records) {
    const { seq } = JSON.parse(record.value) as { seq: number };
    if ((last.get(record.key) ?? -1) >= seq) violations++;
    last.set(record.key, seq);
  }
  return violations;
}

describe('OutboxRelay', () => {
  let harness: MessagingHarness;

  beforeEach(async () => {
    harness = await MessagingHarness.create('relay');
  });

  afterEach(() => harness.close());

  it('publishes an event exactly once after its transaction commits, and never when it rolls back', async () => {
    expectPublishedExactlyOnceAfterCommit(await commitOneAndRollBackOne(harness, harness.outbox));
  });

  it('catches an outbox that publishes outside the transaction', async () => {
    const result = await commitOneAndRollBackOne(harness, outboxPublishingOutsideTransaction(harness));
    expect(() => expectPublishedExactlyOnceAfterCommit(result)).toThrow();
  });

  it('keeps per-key order across 1,000 events on 100 keys and 3 partitions, with two relays competing', async () => {
    const relays = [harness.relay({ batchSize: 64 }), harness.relay({ batchSize: 64 })];
    const records = await publishInterleaved(harness, relays, 100, 10);
    expect(records).toHaveLength(1000);
    expect(new Set(records.map((r) => r.partition))).toEqual(new Set([0, 1, 2]));
    expect(orderViolations(records)).toBe(0);
    expect(relays[0].stats.published + relays[1].stats.published).toBe(1000);
  });

  it('loses and reorders nothing when a send fails while the next batch is already claimed', async () => {
    const relay = harness.relay({ batchSize: 100, maxBackoffMs: 200 }, FailingOnceRelay);
    const records = await publishInterleaved(harness, [relay], 100, 10);
    expect(relay.stats.failures).toBe(1);
    expect(records).toHaveLength(1000);
    expect(orderViolations(records)).toBe(0);
  });

  it('drains a burst on one key larger than one broker request', async () => {
    expect(await drainBurstOnOneKey(harness, OutboxRelay, 60_000)).toBe(true);
    const records = await harness.readTopic();
    expect(records).toHaveLength(1000);
    expect(orderViolations(records)).toBe(0);
  });

  it('catches a relay that sends a whole batch as one request', async () => {
    expect(await drainBurstOnOneKey(harness, UnchunkedRelay, 10_000)).toBe(false);
  });

  it('refuses an event too large to ever be published, writing nothing', async () => {
    await expect(harness.write([{ aggregate: 'huge', seq: 0, padding: 'p'.repeat(1024 * 1024) }])).rejects.toThrow(
      OutboxMessageTooLargeError,
    );
    expect(await harness.unsentCount()).toBe(0);
  });

  it('catches a relay that reorders a batch', async () => {
    const records = await publishInterleaved(harness, [harness.relay({ batchSize: 300 }, ReversingRelay)], 100, 10);
    expect(orderViolations(records)).toBeGreaterThan(0);
  });
});
