import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort, type TestDatabase } from '@tandem/devkit';

const BIN = process.env.TANDEM_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const run = promisify(execFile);

/**
 * A PostgreSQL cluster of a test's own, in a temporary directory on a free port with trust auth, so a
 * test may crash it without touching the machine's shared cluster. PostgreSQL refuses to run as root:
 * under root its commands run as the `postgres` user.
 */
export class PgCluster {
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<PgCluster> {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-pg-'));
    if (userInfo().uid === 0) {
      const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
      await chown(dir, await id('-u'), await id('-g'));
    }
    const cluster = new PgCluster(await freePort(), dir);
    await cluster.pg('initdb', ['-D', cluster.data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-instructions']);
    await cluster.pg('pg_ctl', [
      ...['-D', cluster.data, '-l', join(dir, 'server.log'), '-w', '-t', '60'],
      ...['-o', `-p ${cluster.port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`],
      'start',
    ]);
    return cluster;
  }

  private get data(): string {
    return join(this.dir, 'data');
  }

  get adminUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** A fresh database on this cluster. */
  async createDatabase(name: string): Promise<TestDatabase> {
    await this.asAdmin((client) => client.query(`CREATE DATABASE ${name}`));
    return {
      name,
      url: `postgres://postgres@127.0.0.1:${this.port}/${name}`,
      drop: () => this.asAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }

  /**
   * Kills every server process at once, without a checkpoint (as a crash would), then starts again;
   * resolves once it accepts connections, after WAL recovery.
   */
  async crashAndRestart(): Promise<void> {
    // With its log file named again: otherwise the new server keeps this process's output pipe open.
    await this.pg('pg_ctl', ['-D', this.data, '-l', join(this.dir, 'server.log'), '-m', 'immediate', '-w', '-t', '60', 'restart']);
  }

  async stop(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }

  private async pg(command: string, args: string[]): Promise<void> {
    const [file, argv] = userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', join(BIN, command), ...args]] : [join(BIN, command), args];
    await run(file, argv as string[], { timeout: 120_000 });
  }

  private async asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
}
