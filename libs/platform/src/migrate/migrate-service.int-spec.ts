import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { Client } from 'pg';
import { builtServiceEntry, createTestDatabase, REPO_ROOT, type TestDatabase } from '@tandem/devkit';

// The real entry point, as the Kubernetes Job runs it; jest's global setup builds it (or `npx nx run support:build`).
const ENTRY = builtServiceEntry('support');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runEntry(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [ENTRY, ...args], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 90_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

const migrate = (env: Record<string, string>) => runEntry(['migrate'], env);

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const tablesOf = (url: string) =>
  query<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name").then((rows) =>
    rows.map((row) => row.table_name),
  );
const migrationsOf = (url: string) => query<{ id: number; name: string; timestamp: string }>(url, 'SELECT id, name, timestamp FROM migrations ORDER BY id');

describe('migrate command', () => {
  let database: TestDatabase;
  // Stands in for both Kafka and the HTTP port: a migration must neither connect to it nor listen on it.
  let decoy: Server;
  let decoyPort: number;
  let decoyConnections = 0;
  let settings: Record<string, string>;

  beforeAll(async () => {
    if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npx nx run support:build\` first`);
    database = await createTestDatabase('migrate');
    decoy = createServer((socket) => {
      decoyConnections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => decoy.listen(0, '127.0.0.1', resolve));
    decoyPort = (decoy.address() as { port: number }).port;
    settings = {
      MUNICIPALITY_ID: 'de-goerlitz',
      COUNTRY_CODE: 'DE',
      DATABASE_URL: database.url,
      KAFKA_BROKERS: `127.0.0.1:${decoyPort}`,
      PORT: String(decoyPort),
    };
  });

  afterAll(async () => {
    await new Promise((resolve) => decoy?.close(resolve));
    await database?.drop();
  });

  it('creates the service tables on a fresh database and exits 0 without touching Kafka or a port', async () => {
    const run = await migrate(settings);

    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^support: database migrated, \d+ migrations applied, none pending$/m);
    expect(await tablesOf(database.url)).toEqual(expect.arrayContaining(['outbox', 'inbox', 'audit_log', 'case_assignments', 'entitlements', 'migrations']));
    expect(decoyConnections).toBe(0);
  });

  it('changes nothing when run a second time', async () => {
    const [tables, migrations] = [await tablesOf(database.url), await migrationsOf(database.url)];

    const run = await migrate(settings);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${migrations.length} migrations applied, none pending`);
    expect(await tablesOf(database.url)).toEqual(tables);
    expect(await migrationsOf(database.url)).toEqual(migrations);
    expect(decoyConnections).toBe(0);
  });

  it('exits 1 naming every wrong setting when the configuration is invalid', async () => {
    const run = await migrate({ ...settings, DATABASE_URL: 'mysql://elsewhere/db', COUNTRY_CODE: 'Germany' });

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/support: migrations failed: invalid configuration/);
    expect(run.stderr).toContain('DATABASE_URL must be a postgres:// URL');
    expect(run.stderr).toContain('COUNTRY_CODE');
  });

  it('exits 1 with the database error once the retries of a start are used up', async () => {
    const missing = new URL(database.url);
    missing.pathname = `/${database.name}_missing`;

    const run = await migrate({ ...settings, DATABASE_URL: missing.toString() });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`support: migrations failed: database "${database.name}_missing" does not exist`);
  });

  it('refuses an unknown command instead of starting the service', async () => {
    const run = await runEntry(['migrations'], settings);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown arguments "migrations"');
    expect(decoyConnections).toBe(0);
  });
});
