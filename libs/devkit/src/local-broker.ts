import { createServer } from 'node:net';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, runScript } from './run-script';

const SCRIPT = 'deploy/local/kafka/kafka-local.sh';

/** A free TCP port on the loopback interface, as the kernel hands it out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

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

  /** Stops the broker and deletes its data: a test broker is never reused. */
  async stop(): Promise<void> {
    await runScript(SCRIPT, ['down'], this.env);
    const localDir = process.env.KAFKA_LOCAL_DIR ?? join(REPO_ROOT, '.local/kafka');
    await rm(join(localDir, this.name), { recursive: true, force: true });
  }
}
