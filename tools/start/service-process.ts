import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { REPO_ROOT } from './topology';

const RECENT_LINES = 30;
const STOP_GRACE_MS = 10_000;

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function describeExit({ code, signal }: ProcessExit): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/** One service as a child process: its output prefixed with its label, its last lines kept for errors. */
export class ServiceProcess {
  private readonly recent: string[] = [];
  private exit?: ProcessExit;
  readonly exited: Promise<ProcessExit>;

  private constructor(
    readonly label: string,
    private readonly child: ChildProcess,
    prefix: string,
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
  static start(label: string, entry: string, env: NodeJS.ProcessEnv, prefixWidth: number): ServiceProcess {
    const child = spawn(process.execPath, [entry], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    return new ServiceProcess(label, child, `[${label}]`.padEnd(prefixWidth + 2));
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

  private relay(from: Readable | null, to: Writable, prefix: string): void {
    if (!from) return;
    createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
      to.write(`${prefix} ${line}\n`);
      this.recent.push(line);
      if (this.recent.length > RECENT_LINES) this.recent.shift();
    });
  }
}
