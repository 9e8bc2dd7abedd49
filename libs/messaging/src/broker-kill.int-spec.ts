import type { PoolClient } from 'pg';
import { LocalBroker, uniqueName } from '@tandem/devkit';
import { OutboxRelay, type OutboxRow } from './outbox-relay';
import { eventually, MessagingHarness } from './test-support/messaging-harness';

const EVENTS = Number(process.env.BROKER_KILL_EVENTS ?? 5000);
const PER_TRANSACTION = 25;
const AGGREGATES = 100;

/** Broken on purpose: commits "sent" before publishing, so a publish that fails loses the rows. */
class MarksSentBeforePublishingRelay extends OutboxRelay {
  protected override async publishAndMark(client: PoolClient, rows: OutboxRow[]): Promise<void> {
    await this.markSent(client, rows);
    await client.query('COMMIT');
    await client.query('BEGIN');
    await this.publish(rows);
  }
}

interface Ledger {
  committed: number;
  lost: number;
  duplicateEffects: number;
  relayFailures: number;
}

/**
 * Writes a stream of events while the relay publishes them and a consumer applies them; SIGKILLs the
 * broker part-way, restarts it, then counts every committed outbox row against the topic and the effects.
 */
async function killBrokerMidStream(broker: LocalBroker, Relay: typeof OutboxRelay): Promise<Ledger> {
  const harness = await MessagingHarness.create('kill', broker.brokers);
  try {
    const relay = harness.relay({ batchSize: 500, maxBackoffMs: 1000 }, Relay);
    const consumer = harness.consumer({ groupId: uniqueName('kill') });
    await consumer.start();
    relay.start();
    const writing = writeStream(harness);
    expect(await eventually(async () => relay.stats.published >= EVENTS * 0.3, 120_000, 20)).toBe(true);
    await broker.kill();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await broker.start();
    await writing;
    expect(await eventually(async () => (await harness.unsentCount()) === 0, 120_000)).toBe(true);

    const published = new Set((await harness.readTopic()).map((record) => record.headers['ce_id']));
    const committed: Array<{ event_id: string }> = await harness.dataSource.query('SELECT event_id FROM outbox');
    const lost = committed.filter((row) => !published.has(row.event_id)).length;
    await eventually(async () => (await harness.effects()).distinct >= published.size, 120_000);
    const effects = await harness.effects();
    return {
      committed: committed.length,
      lost,
      duplicateEffects: effects.total - effects.distinct,
      relayFailures: relay.stats.failures,
    };
  } finally {
    await harness.close();
  }
}

async function writeStream(harness: MessagingHarness): Promise<void> {
  for (let start = 0; start < EVENTS; start += PER_TRANSACTION) {
    const seqs = Array.from({ length: Math.min(PER_TRANSACTION, EVENTS - start) }, (_, i) => start + i);
    await harness.write(seqs.map((seq) => ({ aggregate: `agg-${seq % AGGREGATES}`, seq })));
    // Spread the writes over the outage instead of committing everything before the kill.
    if (start % 500 === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`a broker SIGKILLed while the relay publishes ${EVENTS} events`, () => {
  let broker: LocalBroker;

  beforeAll(async () => {
    broker = await LocalBroker.create(uniqueName('kill'));
    await broker.start();
  }, 180_000);

  afterAll(() => broker.stop());

  it('loses nothing and applies nothing twice, and the fault really hit', async () => {
    const ledger = await killBrokerMidStream(broker, OutboxRelay);
    process.stdout.write(`broker-kill ledger: ${JSON.stringify(ledger)}\n`);
    expect(ledger).toMatchObject({ committed: EVENTS, lost: 0, duplicateEffects: 0 });
    expect(ledger.relayFailures).toBeGreaterThan(0);
  }, 600_000);

  it('catches a relay that marks rows sent before publishing them', async () => {
    const ledger = await killBrokerMidStream(broker, MarksSentBeforePublishingRelay);
    expect(ledger.relayFailures).toBeGreaterThan(0);
    expect(ledger.lost).toBeGreaterThan(0);
  }, 600_000);
});
