/**
 * Rebuilding the outcome figures from the topics:
 *   npm run bench -- replay [--events 200000]   (or BENCH_REPLAY_EVENTS=20000 for a quick run)
 * Publishes a node's history as its services would (CloudEvents records on the node-local topics), then
 * replays it twice into an empty read model; events_per_s is the first replay's, hash_equal compares the
 * figures hashes of the two.
 */
import type { QueryRunner } from 'typeorm';
import { createTestDatabase, deleteTopicsOf, harnessKafka, uniqueName } from '@tandem/devkit';
import { ensureTopics } from '@tandem/messaging';
// The bench drives the outcomes service's replay directly, as its operator command does.
import { dayOf } from '../services/outcomes/src/figures/days';
import { hashedFigures } from '../services/outcomes/src/figures/figures-of-database';
import { OUTCOMES_MIGRATIONS } from '../services/outcomes/src/migrations/outcomes-migrations';
import { connectReplayDatabase } from '../services/outcomes/src/replay/pg-database';
import { replayedTopics, replayTopics } from '../services/outcomes/src/replay/replay-topics';
import { cohortEvents } from '../services/outcomes/src/test-support/cohort-events';
import { publishEvents } from '../services/outcomes/src/test-support/publish-events';
import { formatRate, note, parseBenchOptions, positiveInteger } from './support/cli';
import { benchInfrastructure } from './support/infrastructure';
import { Teardown } from './support/teardown';

/** The generated history averages a little over seven events per trainee. */
const EVENTS_PER_PERSON = 7;

export async function runReplayBench(argv: string[]): Promise<Record<string, unknown>> {
  const values = parseBenchOptions('replay', argv, { events: { type: 'string', default: process.env.BENCH_REPLAY_EVENTS ?? '200000' } }, '--events N');
  const wanted = positiveInteger('events', values.events);
  const infrastructure = await benchInfrastructure();
  const teardown = new Teardown();
  try {
    const municipality = `de-${uniqueName('bench').replace(/_/g, '-')}`;
    const kafka = harnessKafka(infrastructure.kafkaBrokers, uniqueName('replay-bench'));
    await ensureTopics(kafka, replayedTopics(municipality), { partitions: 3, replicationFactor: 1 });
    teardown.add('delete the topics', () => deleteTopicsOf(kafka, [municipality]));
    const events = cohortEvents(municipality, Math.ceil(wanted / EVENTS_PER_PERSON), municipality);
    const publishStart = Date.now();
    await publishEvents(kafka, events);
    note(`published ${events.length} events in ${Date.now() - publishStart} ms`);

    const testDatabase = await createTestDatabase('outcomes_bench');
    teardown.add('drop the database', () => testDatabase.drop());
    const database = await connectReplayDatabase(testDatabase.url);
    teardown.add('close the connection', () => database.close());
    const runner = { query: (text: string) => database.query(text) } as unknown as QueryRunner;
    for (const Migration of OUTCOMES_MIGRATIONS) await new Migration().up(runner);

    const node = { municipality, minCell: 5 };
    const asOf = dayOf(new Date());
    const first = await replayTopics(kafka, database, municipality);
    const eventsPerSecond = first.events / (first.millis / 1000);
    note(`replay 1: ${first.events} events in ${first.batches} batches, ${first.millis} ms, ${formatRate(eventsPerSecond)}`);
    const firstHash = (await hashedFigures(database.query, node, asOf)).hash;
    const second = await replayTopics(kafka, database, municipality);
    note(`replay 2: ${second.events} events in ${second.millis} ms`);
    const secondHash = (await hashedFigures(database.query, node, asOf)).hash;
    return { bench: 'replay', events: first.events, events_per_s: Math.round(eventsPerSecond), hash_equal: firstHash === secondHash && first.events === events.length };
  } finally {
    await teardown.run();
    await infrastructure.stop();
  }
}
