import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { builtServiceEntry, DevIssuer, freePort, NodeDatabase, TestService, uniqueName, writeRunFederation } from '@tandem/devkit';
import { type Command, driveCreates, secondsUntilReady } from './database-crash-driver';
import { PgCluster } from './support/pg-cluster';

const WORKERS = 6;
const WRITE_MS = 24_000;
/** When, after the writes began, PostgreSQL is killed (`pg_ctl restart -m immediate`). */
const CRASH_AT_MS = [5_000, 14_000];
const READY_WITHIN_S = 15;
// TANDEM_INTAKE_ENTRY runs another build of intake, e.g. a deliberately broken one, through the same suite.

interface Row {
  id: string;
  family_name: string;
  events: number;
  audits: number;
  cases: number;
}

/**
 * Intake as a process on a PostgreSQL cluster of the test's own, crashed twice while clients create
 * participants with Idempotency-Key and retry whatever failed: nothing acknowledged is lost, no create
 * is half there, none happens twice, and the service is ready again without being restarted.
 */
describe('database crash under concurrent creates', () => {
  let cluster: PgCluster;
  let service: TestService;
  let dir: string;

  beforeAll(async () => {
    cluster = await PgCluster.start();
    dir = await mkdtemp(join(tmpdir(), 'tandem-pgcrash-'));
    const municipality = `de-${uniqueName('pgcrash')}`;
    const federation = await writeRunFederation(dir, [
      { id: municipality, country: 'DE', displayName: municipality, languages: ['de'], url: `https://${municipality}.tandem.test` },
    ]);
    const issuer = await DevIssuer.loadOrCreate(join(dir, 'issuer'));
    const database = new NodeDatabase(await cluster.createDatabase('intake_crash'));
    const node = {
      member: federation.members[0],
      federationFile: federation.file,
      jwksFile: join(dir, 'issuer', 'jwks.json'),
      issuer,
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      logLevel: 'error',
      readyTimeoutMs: 120_000,
      echoOutput: process.env.TANDEM_ECHO_NODES === '1',
      // One caller makes far more requests than a person would; the rate limit is not under test.
      env: { RATE_LIMIT_PER_MINUTE: '1000000' },
    };
    service = new TestService(node, { name: 'intake', entry: process.env.TANDEM_INTAKE_ENTRY ?? builtServiceEntry('intake'), database, port: await freePort() });
    await service.start();
  }, 180_000);

  afterAll(async () => {
    await service?.stop();
    await service?.database.close();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged create, whole and once, across two crashes, and is ready again within 15 s', async () => {
    const started = Date.now();
    const tokens = await Promise.all(Array.from({ length: WORKERS }, (_, i) => service.token(['caseworker'], `caseworker-crash-${i}`)));
    const writing = driveCreates(service.url, tokens, () => Date.now() - started > WRITE_MS);
    const readyAfter: number[] = [];
    for (const at of CRASH_AT_MS) {
      await delay(Math.max(0, started + at - Date.now()));
      await cluster.crashAndRestart();
      readyAfter.push(await secondsUntilReady(service.url, Date.now(), 30_000));
    }
    const commands = await writing;
    const outcome = await verdict(service.database, commands);
    console.log(
      JSON.stringify({
        suite: 'database-crash',
        acknowledged: commands.filter((c) => c.participantId).length,
        ...outcome,
        restarts: CRASH_AT_MS.length,
        ready_after_s: Math.max(...readyAfter),
        retried: commands.filter((c) => c.attempts > 1).length,
        duration_s: Math.round((Date.now() - started) / 1000),
      }),
    );
    expect(outcome).toEqual({ lost: 0, partial: 0, duplicates: 0, unclaimed: 0 });
    expect(commands.every((c) => c.participantId)).toBe(true);
    expect(commands.filter((c) => c.attempts > 1).length).toBeGreaterThan(0);
    expect(Math.max(...readyAfter)).toBeLessThanOrEqual(READY_WITHIN_S);
    expect(service.process.hasExited).toBe(false);
  }, 150_000);
});

/** Registered, demographics, status group and case assigned: the events one registration writes, keyed by the participant. */
const EVENTS_PER_REGISTRATION = 4;

/** Counts, against what the clients were told: acknowledged creates missing, creates not whole, creates made twice. */
async function verdict(database: NodeDatabase, commands: Command[]): Promise<{ lost: number; partial: number; duplicates: number; unclaimed: number }> {
  const rows = await database.query<Row>(
    `SELECT p.id, p.family_name,
            (SELECT count(*)::int FROM outbox o WHERE o.message_key = p.id::text) AS events,
            (SELECT count(*)::int FROM audit_log a WHERE a.resource_id = p.id::text AND a.action = 'register') AS audits,
            (SELECT count(*)::int FROM cases c WHERE c.participant_id = p.id) AS cases
     FROM participants p`,
  );
  const [orphans] = await database.query<{ events: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM participants p WHERE p.id::text = o.message_key)) AS events,
            (SELECT count(*)::int FROM audit_log a WHERE a.action = 'register'
               AND NOT EXISTS (SELECT 1 FROM participants p WHERE p.id::text = a.resource_id)) AS audits`,
  );
  const keys = new Map((await database.query<{ key: string; resource_id: string | null }>(`SELECT key, resource_id FROM idempotency_keys`)).map((k) => [k.key, k.resource_id]));
  const byFamily = new Map<string, Row[]>();
  for (const row of rows) byFamily.set(row.family_name, [...(byFamily.get(row.family_name) ?? []), row]);
  const lost = commands.filter((c) => c.participantId && !byFamily.get(c.familyName)?.some((row) => row.id === c.participantId)).length;
  const partial = rows.filter((row) => row.events !== EVENTS_PER_REGISTRATION || row.audits !== 1 || row.cases !== 1).length + (orphans?.events ?? 0) + (orphans?.audits ?? 0);
  const duplicates = [...byFamily.values()].reduce((extra, found) => extra + found.length - 1, 0);
  // Each key's claim committed with, and names, the one participant its command created.
  const unclaimed = commands.filter((c) => byFamily.has(c.familyName) && keys.get(c.key) !== byFamily.get(c.familyName)?.[0]?.id).length;
  return { lost, partial, duplicates, unclaimed };
}
