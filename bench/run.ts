/**
 * Benchmarks against real infrastructure:
 *   npm run bench -- <name> [options]
 * Progress goes to stderr; the last line on stdout is the bench's result as one JSON object.
 * KAFKA_BROKERS picks the broker (else the project's local one is used); BENCH_LOG_LEVEL sets how
 * much the libraries under test log (default warn).
 */
import { UsageError } from './support/cli';

type Bench = (args: string[]) => Promise<Record<string, unknown>>;

// Loaded on demand: one bench's imports must not slow down or break another.
const BENCHES = new Map<string, () => Promise<Bench>>([
  ['outbox', async () => (await import('./outbox.bench')).runOutboxBench],
  ['referral', async () => (await import('./referral.bench')).runReferralBench],
  ['replay', async () => (await import('./replay.bench')).runReplayBench],
]);

function usage(): string {
  return `usage: npm run bench -- <name> [options]\nbenches: ${[...BENCHES.keys()].join(', ')}`;
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const load = name === undefined ? undefined : BENCHES.get(name);
  if (!load) throw new UsageError(name === undefined ? 'no bench named' : `unknown bench '${name}'`);
  const result = await (await load())(args);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${usage()}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
});
