import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with strict checking, whose complaints become usage errors (exit 2). */
export function parseOptions<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, strict: true, options }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A non-negative integer option, as Kafka partitions and offsets are. */
export function wholeNumber(name: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, got ${text}`);
  return text;
}
