/** One operator command of `npm run tandem`; listed in main.ts. */
export interface Command {
  /** Words that select it, e.g. `audit verify`. */
  name: string;
  summary: string;
  usage: string;
  /** Resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

/** Wrong arguments: the message and the command's usage go to stderr, exit code 2. */
export class UsageError extends Error {}

export const EXIT_USAGE = 2;
/** The command could not do its work (e.g. the database did not answer): not a verdict. */
export const EXIT_FAILED = 3;
