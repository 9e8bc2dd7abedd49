/**
 * How fast the outbox relay drains a full outbox into Kafka, next to Kafka's own producer tool:
 *   npm run bench -- outbox [--events 200000] [--warmup-events 100000] [--batch-size 1000] [--profile] [--verify]
 * The relay first drains `warmup-events` through a database and topic of their own, reported but not
 * counted: a node in service runs compiled code on a warm broker, while a broker just started spends
 * its first minute compiling (ADR 28).
 * --profile times the relay's steps (claim, sendBatch, markSent) and prints how busy each kept its side;
 * --verify reads the topic back and checks every event arrived, in outbox order per key.
 */
import { DataSource } from 'typeorm';
import type { Kafka } from 'kafkajs';
import { createTestDatabase, type Infrastructure, uniqueName } from '@tandem/devkit';
import { createKafkaClient, ensureTopics, MessagingTables1763769600000, Outbox, OutboxRelay } from '@tandem/messaging';
import { benchLogger, formatRate, loadAverage, nonNegativeInteger, note, parseBenchOptions, peakRssMiB, positiveInteger } from './support/cli';
import { describeCpuSince, sampleCpu } from './support/cpu';
import { benchInfrastructure } from './support/infrastructure';
import { runProducerPerformance } from './support/producer-performance';
import { Teardown } from './support/teardown';
import { benchRegistry } from './outbox/bench-filled.contract';
import { drainOutbox } from './outbox/drain';
import { fillOutbox } from './outbox/fill';
import { checkTopicAgainstOutbox } from './outbox/verify';
import { type Phase, withStepTimers } from './outbox/timed-relay';

const PAYLOAD_BYTES = 1024;
const AGGREGATES = 1000;
const EVENTS_PER_TRANSACTION = 1000;
const FILL_CONCURRENCY = 4;
/** ProducerPerformance's topic and the relay's have the same shape. */
const TOPIC_SETTINGS = { partitions: 3, replicationFactor: 1 };

interface OutboxBenchOptions {
  events: number;
  warmupEvents: number;
  batchSize: number;
  profile: boolean;
  verify: boolean;
}

function parseOptions(argv: string[]): OutboxBenchOptions {
  const values = parseBenchOptions(
    'outbox',
    argv,
    {
      events: { type: 'string', default: '200000' },
      'warmup-events': { type: 'string', default: '100000' },
      'batch-size': { type: 'string', default: '1000' },
      profile: { type: 'boolean', default: false },
      verify: { type: 'boolean', default: false },
    },
    '--events N, --warmup-events N (0 for none), --batch-size N, --profile, --verify',
  );
  return {
    events: positiveInteger('events', values.events),
    warmupEvents: nonNegativeInteger('warmup-events', values['warmup-events']),
    batchSize: positiveInteger('batch-size', values['batch-size']),
    profile: values.profile,
    verify: values.verify,
  };
}

export async function runOutboxBench(argv: string[]): Promise<Record<string, unknown>> {
  const options = parseOptions(argv);
  const teardown = new Teardown();
  try {
    const infrastructure = await benchInfrastructure();
    teardown.add('stopping the infrastructure', () => infrastructure.stop());
    if (options.warmupEvents > 0) await warmUp(infrastructure, teardown, options);
    const world = await prepareWorld(infrastructure, teardown);
    await fill(world, options.events);
    const relayPerSecond = options.events / (await measureDrain(world, options));
    const perfPerSecond = await measureProducerPerformance(world, options.events);
    note(`peak RSS of the node process: ${peakRssMiB()} MiB`);
    // Last: reading the topic back holds every record in memory.
    if (options.verify) await verify(world);
    return {
      bench: 'outbox',
      events: options.events,
      relay_events_per_s: Math.round(relayPerSecond),
      kafka_perf_records_per_s: Math.round(perfPerSecond),
      ratio: Math.round((relayPerSecond / perfPerSecond) * 1000) / 1000,
    };
  } finally {
    await teardown.run();
  }
}

/** The same fill and drain, smaller, in a world of its own: it leaves no sent rows in the measured outbox. */
async function warmUp(infrastructure: Infrastructure, teardown: Teardown, options: OutboxBenchOptions): Promise<void> {
  note(`warming up with ${options.warmupEvents.toLocaleString('en-US')} events, not counted`);
  const world = await prepareWorld(infrastructure, teardown);
  await fill(world, options.warmupEvents);
  await measureDrain(world, { ...options, events: options.warmupEvents, profile: false });
  note('warm-up done; measuring');
}

/** A fresh database with the messaging tables and two fresh topics, all removed by the teardown. */
interface BenchWorld {
  brokers: string;
  databaseUrl: string;
  dataSource: DataSource;
  kafka: Kafka;
  topics: { relay: string; producerPerf: string };
}

async function prepareWorld(infrastructure: Infrastructure, teardown: Teardown): Promise<BenchWorld> {
  const database = await createTestDatabase('bench');
  teardown.add(`dropping database ${database.name}`, () => database.drop());
  const dataSource = await migratedDataSource(database.url);
  teardown.add('closing the data source', () => dataSource.destroy());
  const kafka = createKafkaClient({
    brokers: infrastructure.kafkaBrokers.split(','),
    clientId: uniqueName('bench-outbox'),
    logger: benchLogger,
  });
  const topics = { relay: uniqueName('bench.outbox'), producerPerf: uniqueName('bench.producer-perf') };
  await ensureTopics(kafka, Object.values(topics), TOPIC_SETTINGS);
  teardown.add('deleting the bench topics', () => deleteTopics(kafka, Object.values(topics)));
  note(`database ${database.name}, topics ${Object.values(topics).join(', ')} (${TOPIC_SETTINGS.partitions} partitions)`);
  return { brokers: infrastructure.kafkaBrokers, databaseUrl: database.url, dataSource, kafka, topics };
}

async function fill(world: BenchWorld, events: number): Promise<void> {
  note(`filling the outbox: ${events.toLocaleString('en-US')} events of ${PAYLOAD_BYTES} B, ${EVENTS_PER_TRANSACTION} per transaction`);
  const outbox = new Outbox({ municipality: 'xx-bench', service: 'intake' }, benchRegistry);
  const seconds = await fillOutbox(world.dataSource, outbox, {
    events,
    perTransaction: EVENTS_PER_TRANSACTION,
    aggregates: AGGREGATES,
    payloadBytes: PAYLOAD_BYTES,
    concurrency: FILL_CONCURRENCY,
    topic: world.topics.relay,
  });
  note(`fill: ${seconds.toFixed(1)} s, ${formatRate(events / seconds)} events (Outbox.add, ${FILL_CONCURRENCY} transactions at once)`);
}

/** Seconds the relay takes to empty the outbox. */
async function measureDrain(world: BenchWorld, options: OutboxBenchOptions): Promise<number> {
  const { batchSize, events } = options;
  note(`draining, batchSize ${batchSize}${options.profile ? ' (profiled)' : ''}; ${loadAverage()}`);
  const relayOptions = { databaseUrl: world.databaseUrl, kafka: world.kafka, logger: benchLogger, batchSize };
  const timed = options.profile ? new (withStepTimers(OutboxRelay))(relayOptions) : undefined;
  const relay = timed ?? new OutboxRelay(relayOptions);
  const cpu = sampleCpu();
  const seconds = await drainOutbox(relay, world.dataSource, events).finally(() => relay.stop());
  const { batches, failures } = relay.stats;
  note(`relay: ${seconds.toFixed(1)} s, ${formatRate(events / seconds)} events, ${batches} sendBatch calls, ${failures} failures`);
  note(`  CPU during the drain: ${describeCpuSince(cpu)}`);
  if (timed) printPhases(timed.phaseMs, seconds, events);
  return seconds;
}

async function verify(world: BenchWorld): Promise<void> {
  note('reading the topic back to check it against the outbox');
  const check = await checkTopicAgainstOutbox(world.kafka, world.topics.relay, world.dataSource);
  note(`  ${check.records} records, ${check.duplicates} duplicates, ${check.missing} missing, ${check.keysOutOfOrder} keys out of order`);
  if (check.missing > 0 || check.keysOutOfOrder > 0) throw new Error('the relay lost or reordered events');
}

/** Records per second of Kafka's ProducerPerformance, same count and size, on its own topic. */
async function measureProducerPerformance(world: BenchWorld, records: number): Promise<number> {
  note(`Kafka ProducerPerformance: ${records.toLocaleString('en-US')} records of ${PAYLOAD_BYTES} B, acks=all, idempotent; ${loadAverage()}`);
  const cpu = sampleCpu();
  const perf = await runProducerPerformance({
    brokers: world.brokers,
    topic: world.topics.producerPerf,
    records,
    recordSize: PAYLOAD_BYTES,
  });
  note(`producer-perf: ${formatRate(perf.recordsPerSecond)} records (${perf.mbPerSecond} MB/s); ${describeCpuSince(cpu)}`);
  return perf.recordsPerSecond;
}

async function migratedDataSource(url: string): Promise<DataSource> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations: [MessagingTables1763769600000] });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

async function deleteTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

function printPhases(phaseMs: Record<Phase, number>, drainSeconds: number, events: number): void {
  const drainMs = drainSeconds * 1000;
  note(`  how busy each step kept its side during the drain's ${drainMs.toFixed(0)} ms (steps overlap):`);
  for (const [phase, ms] of Object.entries(phaseMs)) {
    const share = ((ms / drainMs) * 100).toFixed(1).padStart(5);
    note(`    ${phase.padEnd(10)} ${ms.toFixed(0).padStart(7)} ms  ${share} %  ${((ms / events) * 1000).toFixed(1).padStart(6)} ms per 1000 events`);
  }
}
