/**
 * End-to-end latency of a cross-border referral between two real nodes, under a steady load:
 *   npm run bench -- referral [--rate 50] [--seconds 60] [--warmup-seconds 30] [--drain-seconds 60]
 * DE's caseworker sends `rate` referrals per second for `seconds` (each to its own participant, whose
 * consent was recorded up front); the figure is the time from DE's 201 to PL's own `received_at` stamp.
 * The same load runs for `warmup-seconds` first, reported but not counted: a node in service runs
 * compiled code on a warm broker, while a broker just started spends its first minute compiling.
 * A quick run: --rate 5 --seconds 5 --warmup-seconds 0.
 */
import { buildService, NodePair } from '@tandem/devkit';
import { benchLogger, formatRate, loadAverage, nonNegativeInteger, note, parseBenchOptions, positiveInteger } from './support/cli';
import { benchInfrastructure } from './support/infrastructure';
import { Teardown } from './support/teardown';
import { publishTimes, receiptTimes } from './referral/receipts';
import { seedParticipants } from './referral/seed';
import { type SendOutcome, sendPaced } from './referral/send';
import { describeLatencies, percentile, roundedMs } from './referral/stats';

interface ReferralBenchOptions {
  rate: number;
  seconds: number;
  warmupSeconds: number;
  drainSeconds: number;
}

function parseOptions(argv: string[]): ReferralBenchOptions {
  const values = parseBenchOptions(
    'referral',
    argv,
    {
      rate: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '60' },
      'warmup-seconds': { type: 'string', default: '30' },
      'drain-seconds': { type: 'string', default: '60' },
    },
    '--rate N (per second), --seconds N, --warmup-seconds N (0 for none), --drain-seconds N',
  );
  return {
    rate: positiveInteger('rate', values.rate),
    seconds: positiveInteger('seconds', values.seconds),
    warmupSeconds: nonNegativeInteger('warmup-seconds', values['warmup-seconds']),
    drainSeconds: positiveInteger('drain-seconds', values['drain-seconds']),
  };
}

export async function runReferralBench(argv: string[]): Promise<Record<string, unknown>> {
  const options = parseOptions(argv);
  const teardown = new Teardown();
  try {
    const infrastructure = await benchInfrastructure();
    teardown.add('stopping the infrastructure', () => infrastructure.stop());
    note('building the intake service');
    await buildService('intake');
    // The whole load comes from one caseworker: lift the per-caller rate limit, which would cap it.
    const env = { RATE_LIMIT_PER_MINUTE: '1000000' };
    const pair = await NodePair.start({ label: 'bench', kafkaBrokers: infrastructure.kafkaBrokers, logLevel: benchLogger.level, env });
    teardown.add('stopping the node pair', () => pair.stop());
    note(`nodes ${pair.de.municipality} (${pair.de.url}) and ${pair.pl.municipality} (${pair.pl.url})`);

    const caseworker = await pair.de.as(['caseworker'], 'caseworker-bench');
    const warmupCount = options.rate * options.warmupSeconds;
    const count = options.rate * options.seconds;
    const seedStarted = performance.now();
    const participants = await seedParticipants(caseworker, warmupCount + count, pair.de.municipality, pair.pl.municipality);
    note(`registered ${warmupCount + count} participants with consents in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

    if (warmupCount > 0) {
      note(`warming up: ${options.rate} referrals/s for ${options.warmupSeconds} s, not counted; ${loadAverage()}`);
      const warmup = await sendPaced(caseworker, participants.slice(0, warmupCount), pair.pl.municipality, options.rate);
      reportSending(warmup, warmupCount);
      const warmupReceipts = await receiptTimes(pair.pl.database, idsOf(warmup), Date.now() + options.drainSeconds * 1000);
      note(`  warm-up DE 201 -> PL received_at: ${describeLatencies(latenciesOf(warmup, warmupReceipts))}`);
      const lost = warmup.sent.length - warmupReceipts.size;
      if (lost > 0) throw new Error(`PL did not receive ${lost} of the warm-up's ${warmup.sent.length} referrals within ${options.drainSeconds} s`);
    }

    note(`sending ${options.rate} referrals/s for ${options.seconds} s; ${loadAverage()}`);
    const outcome = await sendPaced(caseworker, participants.slice(warmupCount), pair.pl.municipality, options.rate);
    reportSending(outcome, count);

    const receipts = await receiptTimes(pair.pl.database, idsOf(outcome), Date.now() + options.drainSeconds * 1000);
    const latencies = latenciesOf(outcome, receipts);
    await reportBreakdown(pair, receipts);
    const lost = outcome.sent.length - receipts.size;
    note(`PL received ${receipts.size} of ${outcome.sent.length}; ${lost} not received within ${options.drainSeconds} s of the last send`);
    note(`DE 201 -> PL received_at: ${describeLatencies(latencies)}`);
    if (latencies.some((ms) => ms < 0)) note(`  ${latencies.filter((ms) => ms < 0).length} arrived at PL before DE's 201 reached the bench`);
    return {
      bench: 'referral',
      rate_per_s: options.rate,
      sent: outcome.sent.length,
      received: receipts.size,
      lost,
      p50_ms: roundedMs(percentile(latencies, 50)),
      p99_ms: roundedMs(percentile(latencies, 99)),
    };
  } finally {
    await teardown.run();
  }
}

function idsOf(outcome: SendOutcome): string[] {
  return outcome.sent.map((referral) => referral.id);
}

/** Per referral PL holds: the time from DE's 201 to PL's `received_at`. */
function latenciesOf(outcome: SendOutcome, receipts: Map<string, number>): number[] {
  return outcome.sent.flatMap((referral) => {
    const at = receipts.get(referral.id);
    return at === undefined ? [] : [at - referral.answeredAt];
  });
}

function reportSending(outcome: SendOutcome, attempted: number): void {
  note(`DE answered 201 to ${outcome.sent.length} of ${attempted}; the last answer came ${outcome.seconds.toFixed(1)} s after the first request`);
  note(`  DE request time: ${describeLatencies(outcome.sent.map((referral) => referral.requestMs))}`);
  note(`  answered: ${formatRate(outcome.sent.length / outcome.seconds)} on average`);
  if (outcome.failures.size > 0) {
    note(`  not sent: ${[...outcome.failures].map(([what, times]) => `${times}x ${what}`).join(', ')}; first: ${outcome.firstFailure}`);
  }
}

/** Splits the figure in two: DE's outbox to its relay publishing, and the exchange to PL storing it. */
async function reportBreakdown(pair: NodePair, receipts: Map<string, number>): Promise<void> {
  const published = await publishTimes(pair.de.database, pair.pl.inboxTopic);
  const relay: number[] = [];
  const exchange: number[] = [];
  for (const [id, receivedAt] of receipts) {
    const times = published.get(id);
    if (!times) continue;
    relay.push(times.published - times.written);
    exchange.push(receivedAt - times.published);
  }
  note(`  DE outbox row -> relay published: ${describeLatencies(relay)}`);
  note(`  relay published -> PL received_at: ${describeLatencies(exchange)}`);
}
