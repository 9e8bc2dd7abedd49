import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { REPO_ROOT } from './run-script';

const RECENT_LINES = 30;
const STOP_GRACE_MS = 10_000;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Where `nx run <service>:build` puts a service's entry point. */
export function builtServiceEntry(service: string): string {
  return join(REPO_ROOT, 'dist', 'services', service, 'services', service, 'src', 'main.js');
}

export function describeExit({ code, signal }: ProcessExit): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/** One service as a child process: its output prefixed with its label, its last lines kept for errors. */
export class ServiceProcess {
  private readonly recent: string[] = [];
  private readonly watched = new Map<string, number>();
  private exit?: ProcessExit;
  readonly exited: Promise<ProcessExit>;

  private constructor(
    readonly label: string,
    private readonly child: ChildProcess,
    prefix: string | undefined,
  ) {
    this.exited = new Promise((resolve) => {
      // 'close' comes after the output streams ended, so the last lines are in `recent`.
      child.once('close', (code, signal) => resolve((this.exit = { code, signal })));
      child.once('error', () => resolve((this.exit = { code: null, signal: null })));
    });
    this.relay(child.stdout, process.stdout, prefix);
    this.relay(child.stderr, process.stderr, prefix);
  }

  /** `detached`: a Ctrl+C in the terminal reaches only `npm start`, which then stops services in order. */
  static start(label: string, entry: string, env: NodeJS.ProcessEnv, prefixWidth?: number): ServiceProcess {
    const child = spawn(process.execPath, [entry], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const prefix = prefixWidth === undefined ? undefined : `[${label}]`.padEnd(prefixWidth + 2);
    return new ServiceProcess(label, child, prefix);
  }

  /** Everything the service printed lately, for assertions and error reports. */
  get recentOutput(): string {
    return this.recent.join('\n');
  }

  /** Counts, from now on, the output lines that contain any of `needles` (e.g. privacy canaries); see `sightings`. */
  watch(needles: readonly string[]): void {
    for (const needle of needles) this.watched.set(needle, this.watched.get(needle) ?? 0);
  }

  /** How many output lines contained each watched needle: all zero is the proof none was logged. */
  get sightings(): Record<string, number> {
    return Object.fromEntries(this.watched);
  }

  get hasExited(): boolean {
    return this.exit !== undefined;
  }

  /** A problem of this service, followed by its last lines of output to show why. */
  report(problem: string): string {
    const output = this.recent.length > 0 ? this.recent.map((line) => `  ${line}`).join('\n') : '  (none)';
    return `${this.label} ${problem}; its last output:\n${output}`;
  }

  /** SIGTERM for a clean shutdown; SIGKILL if it has not exited after the grace period. */
  async stop(): Promise<void> {
    if (this.hasExited) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }

  /** Sends `signal` at once (SIGKILL: a crash, no shutdown hooks run) and resolves when the process is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<ProcessExit> {
    if (!this.hasExited) this.child.kill(signal);
    return this.exited;
  }

  /** Keeps the last lines; echoes them with the prefix unless `prefix` is undefined (quiet, as in tests). */
  private relay(from: Readable | null, to: Writable, prefix: string | undefined): void {
    if (!from) return;
    createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
      if (prefix !== undefined) to.write(`${prefix} ${line}\n`);
      this.recent.push(line);
      if (this.recent.length > RECENT_LINES) this.recent.shift();
      for (const [needle, count] of this.watched) if (line.includes(needle)) this.watched.set(needle, count + 1);
    });
  }
}
