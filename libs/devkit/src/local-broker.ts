import { readFile, rm } from 'node:fs/promises';
import { join, resolve as resolvePath } from 'node:path';
import { freePort } from './free-port';
import { REPO_ROOT, runScript } from './run-script';

const SCRIPT = 'deploy/local/kafka/kafka-local.sh';

/**
 * A real Kafka broker of the project's own local script, with its own name, ports and data,
 * so a test can kill and restart it without disturbing any other test.
 */
export class LocalBroker {
  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  static async create(name: string): Promise<LocalBroker> {
    const port = await freePort();
    const controllerPort = await freePort();
    return new LocalBroker(name, port, {
      KAFKA_LOCAL_NAME: name,
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
    });
  }

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  async start(): Promise<void> {
    await runScript(SCRIPT, ['up'], this.env);
  }

  /** SIGKILL: the broker gets no chance to flush or close anything. */
  async kill(): Promise<void> {
    await runScript(SCRIPT, ['kill'], this.env);
  }

  /**
   * SIGSTOP: the broker freezes with its connections open, as a long GC pause or a hung VM would;
   * clients see requests time out rather than connections refused.
   */
  async pause(): Promise<void> {
    process.kill(await this.pid(), 'SIGSTOP');
  }

  /** SIGCONT after `pause`: the broker carries on with whatever its sockets buffered meanwhile. */
  async resume(): Promise<void> {
    process.kill(await this.pid(), 'SIGCONT');
  }

  /** Stops the broker and deletes its data: a test broker is never reused. */
  async stop(): Promise<void> {
    // A frozen broker would ignore the SIGTERM of `down` until its grace period ran out.
    await this.resume().catch(() => undefined);
    await runScript(SCRIPT, ['down'], this.env);
    await rm(this.instanceDir, { recursive: true, force: true });
  }

  private get instanceDir(): string {
    return join(resolvePath(process.env.KAFKA_LOCAL_DIR ?? join(REPO_ROOT, '.local/kafka')), this.name);
  }

  /** The running broker's pid, checked to still be this instance's java process before any signal. */
  private async pid(): Promise<number> {
    const pid = Number((await readFile(join(this.instanceDir, 'kafka.pid'), 'utf8')).trim());
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!pid || !cmdline.includes('kafka.Kafka') || !cmdline.includes(this.instanceDir)) {
      throw new Error(`broker ${this.name} is not running`);
    }
    return pid;
  }
}
