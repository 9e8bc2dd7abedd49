import { NodePair, pollUntil, SERVICE_NAMES } from '@tandem/devkit';
import { type Check, checksOf } from './authz/checks';
import { loadMatrix, type MatrixRow, routeKey } from './authz/matrix';
import { changedCounts, type Mismatch, probeDifferences, rowCounts, type RowCounts, runChecks } from './authz/run-checks';
import { Tokens } from './authz/requests';
import { type NodeFixtures, seedNode } from './authz/seed';

const SERVICES = [...SERVICE_NAMES];
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** A build of intake to run instead of dist's, e.g. a deliberately broken one, to see the suite fail. */
const INTAKE_ENTRY = process.env.AUTHZ_INTAKE_ENTRY;

/** Every route a running service serves, as its own OpenAPI document lists it. */
async function servedRoutes(service: string, baseUrl: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/docs/openapi.json`);
  if (!response.ok) throw new Error(`${baseUrl}/docs/openapi.json answered ${response.status}`);
  const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => METHODS.has(method))
      .map((method) => routeKey(service, method.toUpperCase(), path)),
  );
}

/**
 * Every route of every service, called on two nodes without a token, with the partner's token, as
 * every role, and for a person's record as its caseworker, a colleague, with the partner's id and
 * with an id nobody holds: each answer must be what test/faults/authz-matrix.yaml says, and a
 * refused attempt must leave every table as it was.
 */
describe('the authorization matrix', () => {
  let pair: NodePair;
  const tokens = new Tokens();
  const rows: MatrixRow[] = loadMatrix();
  const fixtures = {} as { de: NodeFixtures; pl: NodeFixtures };
  const mismatches: Mismatch[] = [];
  let checks = 0;
  const started = { at: Date.now(), nodes: 0, seeded: 0 };

  beforeAll(async () => {
    pair = await NodePair.start({ label: 'authz', services: SERVICES, entry: INTAKE_ENTRY, readyTimeoutMs: 180_000, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    started.nodes = Date.now();
    [fixtures.de, fixtures.pl] = await Promise.all([seedNode(pair.de, pair.bystander.id, tokens), seedNode(pair.pl, pair.bystander.id, tokens)]);
    started.seeded = Date.now();
  }, 300_000);

  afterAll(async () => {
    await pair?.stop();
    const routes = new Set(rows.map((row) => routeKey(row.service, row.method, row.path))).size;
    const seconds = (from: number, to: number) => Math.round((to - from) / 1000);
    const timing = { start_seconds: seconds(started.at, started.nodes), seed_seconds: seconds(started.nodes, started.seeded), seconds: seconds(started.at, Date.now()) };
    const line = { suite: 'authz-matrix', routes, roles: 8, nodes: 2, checks, mismatches: mismatches.length, ...timing };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  });

  it('has a row for every route the services serve, and none for a route they do not', async () => {
    const listed = rows.map((row) => routeKey(row.service, row.method, row.path));
    const duplicates = listed.filter((key, index) => listed.indexOf(key) !== index);
    for (const node of [pair.de, pair.pl]) {
      const served = (await Promise.all(SERVICES.map((name) => servedRoutes(name, node.service(name).url)))).flat();
      const problems = [
        ...served.filter((key) => !listed.includes(key)).map((key) => `${node.municipality}: ${key} has no row`),
        ...listed.filter((key) => !served.includes(key)).map((key) => `${node.municipality}: ${key} is not served`),
      ];
      mismatches.push(...problems.map((problem) => ({ check: 'routes', problem, answer: '' })));
      expect(problems).toEqual([]);
    }
    expect(duplicates).toEqual([]);
  });

  it(
    'answers every caller as the matrix says, and a refused call changes no row',
    async () => {
      const all: Check[] = rows.flatMap((row, index) => (['de', 'pl'] as const).flatMap((node) => checksOf(row, node, fixtures, index)));
      const refused = all.filter((check) => ['401', '403', '404'].includes(check.expected));
      const rest = all.filter((check) => !refused.includes(check));
      checks = all.length;

      // Seeding's events settle first (projections, relayed outbox rows), so a change below is the refused calls' own.
      const snapshot = () => Promise.all(pair.services.map(rowCounts));
      let before: RowCounts[] = await snapshot();
      await pollUntil('row counts to settle after seeding', async () => {
        const now = await snapshot();
        const stable = JSON.stringify(now) === JSON.stringify(before);
        before = now;
        return stable;
      }, (stable) => stable, { timeoutMs: 60_000, intervalMs: 1_000 });
      const refusedResults = await runChecks(pair, tokens, refused);
      const after = await snapshot();
      const writes = pair.services.flatMap((service, index) => changedCounts(before[index] as RowCounts, after[index] as RowCounts).map((change) => `${service.label}: ${change}`));
      mismatches.push(...writes.map((problem) => ({ check: 'refused calls wrote rows', problem, answer: '' })));

      const restResults = await runChecks(pair, tokens, rest);
      const results = [...refusedResults, ...restResults];
      mismatches.push(...results.flatMap((result) => (result.mismatch ? [result.mismatch] : [])), ...probeDifferences(results));
      for (const mismatch of mismatches) process.stdout.write(`${JSON.stringify({ mismatch })}\n`);
      expect({ mismatches: mismatches.map((m) => `${m.check}: ${m.problem} ${m.answer}`) }).toEqual({ mismatches: [] });
      expect(results.filter((result) => result.check.kind === 'role').length).toBeGreaterThan(0);
    },
    600_000,
  );
});
