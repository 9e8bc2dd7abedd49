import { loadavg } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pino from 'pino';

/** A wrong command line: the runner prints the usage and exits with 2. */
export class UsageError extends Error {}

/** Parses a bench's flags; a wrong one becomes a UsageError naming the bench and its options. */
export function parseBenchOptions<O extends NonNullable<ParseArgsConfig['options']>>(bench: string, argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, strict: true, options }).values;
  } catch (error) {
    throw new UsageError(`${bench}: ${(error as Error).message}\noptions: ${usage}`);
  }
}

export function positiveInteger(option: string, text: string): number {
  return wholeNumber(option, text, 1, 'a positive');
}

export function nonNegativeInteger(option: string, text: string): number {
  return wholeNumber(option, text, 0, 'a');
}

function wholeNumber(option: string, text: string, least: number, kind: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < least) throw new UsageError(`--${option} must be ${kind} whole number, got '${text}'`);
  return value;
}

const started = performance.now();

/** A progress line on stderr, stamped with the seconds since the bench started. */
export function note(message: string): void {
  process.stderr.write(`[bench +${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

/** For the libraries under test: warnings and errors only, on stderr so stdout stays the result. */
export const benchLogger = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'warn' }, pino.destination(2));

export function formatRate(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString('en-US')}/s`;
}

export function peakRssMiB(): number {
  // maxRSS is in KiB.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The box may be shared (brokers, test runs): a figure means little without the load it was taken under. */
export function loadAverage(): string {
  return `load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`;
}
