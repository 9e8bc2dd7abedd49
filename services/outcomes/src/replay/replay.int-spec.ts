import { harnessKafka, pollUntil, type ServiceTestApp, uniqueName } from '@tandem/devkit';
import { dayOf } from '../figures/days';
import { figuresHash } from '../figures/figures-hash';
import { hashedFigures } from '../figures/figures-of-database';
import { cohortEvents } from '../test-support/cohort-events';
import { startOutcomesApp } from '../test-support/outcomes-test-app';
import { publishEvents } from '../test-support/publish-events';
import { connectReplayDatabase } from './pg-database';
import { replayTopics } from './replay-topics';

describe('rebuilding the outcome figures from the topics', () => {
  let outcomes: ServiceTestApp;
  const kafka = () => harnessKafka(process.env.KAFKA_BROKERS ?? '', uniqueName('outcomes-replay'));
  const node = () => ({ municipality: outcomes.municipality, minCell: 5 });

  beforeAll(async () => {
    outcomes = await startOutcomesApp();
  });
  afterAll(() => outcomes?.stop());

  it('gives the same figures hash after dropping the read model and replaying from offset 0 as the live path gave', async () => {
    const events = cohortEvents(outcomes.municipality, 160, uniqueName('cohort'));
    await publishEvents(kafka(), events);
    await pollUntil('the live inbox applied every event', () => outcomes.count('inbox'), (applied) => applied === events.length, { timeoutMs: 240_000 });
    const asOf = dayOf(new Date());
    const sql = (text: string, parameters?: unknown[]) => outcomes.dataSource.query(text, parameters);
    const live = await hashedFigures(sql, node(), asOf);
    const served = await (await outcomes.as(['auditor'], 'auditor-jana')).get('/figures').expect(200);
    expect(figuresHash(served.body)).toBe(live.hash);
    expect(live.figures.tables.find((t) => t.figure === 'enrolments' && t.breakdown === 'total')?.cells[0]?.n).toBe(160);

    const database = await connectReplayDatabase(outcomes.settings.DATABASE_URL as string);
    try {
      await database.query('TRUNCATE enrollments');
      expect((await hashedFigures(database.query, node(), asOf)).hash).not.toBe(live.hash);
      // The live group has committed every offset: a replay that used it would rebuild nothing.
      const told: Array<[number, number]> = [];
      const report = await replayTopics(kafka(), database, outcomes.municipality, (records, total) => told.push([records, total]));
      expect(report).toMatchObject({ events: events.length, rejected: 0 });
      // The operator's progress bar ends full: every record read was told, against the same total.
      expect(told.reduce((sum, [records]) => sum + records, 0)).toBe(events.length);
      expect(new Set(told.map(([, total]) => total))).toEqual(new Set([events.length]));
      expect((await hashedFigures(database.query, node(), asOf)).hash).toBe(live.hash);
      await replayTopics(kafka(), database, outcomes.municipality);
      expect((await hashedFigures(database.query, node(), asOf)).hash).toBe(live.hash);
    } finally {
      await database.close();
    }
  }, 360_000);
});
