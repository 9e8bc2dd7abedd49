import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { runScript } from './run-script';

/** Where Kafka and PostgreSQL are, and how to stop what was started to get them. */
export interface Infrastructure {
  kind: 'configured' | 'docker' | 'local';
  kafkaBrokers: string;
  /** A superuser connection used to create the databases services and tests need. */
  adminDatabaseUrl: string;
  stop(): Promise<void>;
}

export const DEFAULT_ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
// Where Debian's PostgreSQL packages (and most others on Linux) put the server's Unix socket.
const LOCAL_SOCKET_DIR = '/var/run/postgresql';

/** The server a connection URL names: its socket directory, or host and port. */
export function databaseHost(url: string): string {
  const parsed = new URL(url);
  return parsed.searchParams.get('host') ?? parsed.host;
}

/**
 * The machine's own PostgreSQL through its Unix socket, if the socket lets the superuser in (Debian's
 * default for sockets is peer authentication, which it may not). On one machine the socket spares
 * every query the loopback TCP stack, which took a fifth of a busy service's CPU.
 */
async function localSocketUrl(): Promise<string | undefined> {
  if (!existsSync(`${LOCAL_SOCKET_DIR}/.s.PGSQL.5432`)) return undefined;
  const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(LOCAL_SOCKET_DIR)}`;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function dockerEngineAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 5000 }, (error) => resolve(!error));
  });
}

/** Uses what `KAFKA_BROKERS` names, if set; nothing is started or stopped. */
export function configuredInfrastructure(): Infrastructure | undefined {
  const kafkaBrokers = process.env.KAFKA_BROKERS;
  if (!kafkaBrokers) return undefined;
  return {
    kind: 'configured',
    kafkaBrokers,
    adminDatabaseUrl: process.env.TANDEM_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_DATABASE_URL,
    stop: async () => undefined,
  };
}

/**
 * The project's own scripts: a real KRaft broker from Kafka's jars and the local PostgreSQL.
 * A broker that was already running is reused and left running. `env` passes settings to the
 * scripts, e.g. TANDEM_NODES and TANDEM_SERVICES for the databases to create.
 */
export async function localInfrastructure(
  env: Record<string, string> = {},
): Promise<Infrastructure & { reusedBroker: boolean }> {
  const wasRunning = await runScript('deploy/local/kafka/kafka-local.sh', ['status'], env).then(
    () => true,
    () => false,
  );
  const output = await runScript('deploy/local/infra.sh', ['up'], env);
  const kafkaBrokers = /KAFKA_BROKERS=(\S+)/.exec(output)?.[1];
  if (!kafkaBrokers) throw new Error(`deploy/local/infra.sh up did not name the broker:\n${output}`);
  return {
    kind: 'local',
    reusedBroker: wasRunning,
    kafkaBrokers,
    adminDatabaseUrl: process.env.TANDEM_ADMIN_DATABASE_URL ?? (await localSocketUrl()) ?? DEFAULT_ADMIN_DATABASE_URL,
    stop: async () => {
      if (!wasRunning) await runScript('deploy/local/infra.sh', ['down'], env);
    },
  };
}
