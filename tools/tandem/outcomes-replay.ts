import { parseArgs } from 'node:util';
import { dayOf } from '../../services/outcomes/src/figures/days';
import { hashedFigures } from '../../services/outcomes/src/figures/figures-of-database';
import { connectReplayDatabase } from '../../services/outcomes/src/replay/pg-database';
import { replayTopics } from '../../services/outcomes/src/replay/replay-topics';
import { type Command, EXIT_FAILED, UsageError } from './command';
import { operatorKafka } from './kafka';
import { Progress } from './progress';
import { DATABASE_URL_HELP, serviceDatabaseUrl } from './service-database';

const USAGE = `usage: npm run tandem -- outcomes replay [--database-url <url>] [--min-cell <n>]

Empties the outcomes read model and rebuilds it from the node's topics, from offset 0, whatever the
service's consumer group has committed. Prints the figures hash (SHA-256 of the canonical JSON of
today's figures) before and after: equal hashes mean the read model was what its events say.
MUNICIPALITY_ID names the node, KAFKA_BROKERS its broker. Exit 0 when rebuilt, 1 when the hashes differ.
  --database-url  ${DATABASE_URL_HELP}
  --min-cell      the service's OUTCOMES_MIN_CELL (default: OUTCOMES_MIN_CELL, else 5)`;

function parseRequest(args: string[], env: NodeJS.ProcessEnv) {
  let values;
  try {
    ({ values } = parseArgs({ args, strict: true, options: { 'database-url': { type: 'string' }, 'min-cell': { type: 'string' } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const municipality = env.MUNICIPALITY_ID;
  if (!municipality) throw new UsageError('set MUNICIPALITY_ID to the node whose topics to replay');
  const minCell = Number(values['min-cell'] ?? env.OUTCOMES_MIN_CELL ?? 5);
  if (!Number.isInteger(minCell) || minCell < 1) throw new UsageError('--min-cell must be a whole number of at least 1');
  return { municipality, minCell, databaseUrl: serviceDatabaseUrl('outcomes', values['database-url'], env) };
}

export const outcomesReplay: Command = {
  name: 'outcomes replay',
  summary: 'rebuild the outcome figures from the topics and compare their hash before and after',
  usage: USAGE,
  async run(args) {
    const { municipality, minCell, databaseUrl } = parseRequest(args, process.env);
    let database;
    try {
      database = await connectReplayDatabase(databaseUrl);
    } catch (error) {
      console.error(`outcomes: PostgreSQL does not answer at ${new URL(databaseUrl).host}: ${(error as Error).message}`);
      return EXIT_FAILED;
    }
    try {
      // One day for both hashes, so a replay across midnight compares like with like.
      const asOf = dayOf(new Date());
      const node = { municipality, minCell };
      const before = await hashedFigures(database.query, node, asOf);
      console.log(`before  ${before.hash}`);
      let progress: Progress | undefined;
      const report = await replayTopics(operatorKafka(), database, municipality, (records, total) => {
        progress ??= new Progress('replaying', total);
        progress.advance(records);
      });
      progress?.finish();
      const after = await hashedFigures(database.query, node, asOf);
      console.log(`after   ${after.hash}`);
      const rate = Math.round(report.events / Math.max(report.millis / 1000, 0.001));
      console.log(`replayed ${report.events} events (${report.rejected} rejected) from ${report.topics.length} topics in ${report.millis} ms, ${rate} events/s`);
      console.log(before.hash === after.hash ? 'figures unchanged' : 'figures changed: the read model differed from its events');
      return before.hash === after.hash ? 0 : 1;
    } finally {
      await database.close();
    }
  },
};
