import { SERVICE_NAMES } from '@tandem/devkit';
import { ROLES } from '@tandem/platform';
import { type Endpoint, endpointsOf } from './fuzz/endpoints';
import { fuzzService, type ServiceReport } from './fuzz/fuzz-service';
import { OneNode } from './one-node';

const SERVICES = [...SERVICE_NAMES];
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
/** HTTP_BODY_LIMIT's default (docs/api.md, Conventions): the node below runs with it. */
const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * Every endpoint the running services document, fed hostile path parameters, queries, bodies and content
 * types, with a token that may call it and without one: no 5xx, no internals in any answer, and no row
 * written by a request that was refused.
 */
describe('fuzzing every endpoint of every service', () => {
  let node: OneNode;
  const endpoints = new Map<string, Endpoint[]>();
  const reports: ServiceReport[] = [];
  const started = Date.now();

  beforeAll(async () => {
    process.stdout.write(`${JSON.stringify({ suite: 'fuzz', seed: SEED, runs: RUNS, replay: `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}` })}\n`);
    node = await OneNode.start('fuzz', SERVICES);
    for (const service of node.services) endpoints.set(service.name, await endpointsOf(service.url));
  }, 300_000);

  afterAll(async () => {
    await node?.stop();
    for (const { service, endpoints: count, runs, millis } of reports) {
      process.stdout.write(`${JSON.stringify({ suite: 'fuzz', service, endpoints: count, runs, requests_ms: Math.round(millis.requests), counts_ms: Math.round(millis.counts) })}\n`);
    }
    const total = (pick: (report: ServiceReport) => number): number => reports.reduce((sum, report) => sum + pick(report), 0);
    const line = {
      suite: 'fuzz',
      seed: SEED,
      endpoints: total((report) => report.endpoints),
      runs: total((report) => report.runs),
      server_errors: total((report) => report.findings.server_errors),
      leaks: total((report) => report.findings.leaks),
      writes_on_4xx: total((report) => report.findings.writes_on_4xx),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  });

  it.each(SERVICES)('finds the endpoints of %s in its own OpenAPI document', (name) => {
    const found = endpoints.get(name) ?? [];
    process.stdout.write(`${JSON.stringify({ suite: 'fuzz', service: name, endpoints: found.length })}\n`);
    expect(found.length).toBeGreaterThan(0);
  });

  it(
    'answers every generated request without a 5xx or a leak, and writes nothing when it answers 4xx',
    async () => {
      const token = (roles: string[] | undefined) => node.issuer.token({ sub: 'fuzz-admin', municipality: node.municipality, roles: roles ?? [...ROLES] });
      // The services run side by side, each on its own database, so a count taken in one is never disturbed by another's fuzzing.
      reports.push(
        ...(await Promise.all(
          node.services.map((service) => fuzzService(service, endpoints.get(service.name) ?? [], { runs: RUNS, seed: SEED, bodyLimitBytes: BODY_LIMIT_BYTES, token })),
        )),
      );
      expect(reports.flatMap((report) => report.failures)).toEqual([]);
      for (const service of node.services) expect({ service: service.name, exited: service.process.hasExited }).toEqual({ service: service.name, exited: false });
    },
    600_000 + RUNS * 5_000,
  );
});
