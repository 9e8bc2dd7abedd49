import fc from 'fast-check';
import type { TestService } from '@tandem/devkit';
import type { Endpoint } from './endpoints';
import { requestOf, type FuzzRequest } from './request-arbitraries';
import { changedCounts, RowCounter, type RowCounts } from './row-counts';
import { send } from './send';
import { leaksIn, summary } from './verdict';

export interface FuzzOptions {
  runs: number;
  seed: number;
  bodyLimitBytes: number;
  /** A token for `roles`, valid on the service's node. */
  token(roles: string[] | undefined): Promise<string>;
}

export type FindingKind = 'server_errors' | 'leaks' | 'writes_on_4xx';

export interface ServiceReport {
  service: string;
  endpoints: number;
  runs: number;
  /** Per kind, how many endpoints failed that way (each endpoint stops at its first failing run). */
  findings: Record<FindingKind, number>;
  failures: string[];
  /** Milliseconds spent waiting for answers and counting rows: where the suite's time goes. */
  millis: { requests: number; counts: number };
}

class Finding extends Error {
  constructor(
    readonly kind: FindingKind,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Fuzzes each endpoint of `service` in turn, one request at a time: the service's database sees no
 * other writer of ours meanwhile, so a changed row count after a 4xx is that request's write.
 */
export async function fuzzService(service: TestService, endpoints: Endpoint[], options: FuzzOptions): Promise<ServiceReport> {
  const report: ServiceReport = { service: service.name, endpoints: endpoints.length, runs: 0, findings: { server_errors: 0, leaks: 0, writes_on_4xx: 0 }, failures: [], millis: { requests: 0, counts: 0 } };
  const counter = await RowCounter.open(service.database.url, service.name);
  let known: RowCounts | undefined;
  const counted = async (): Promise<RowCounts> => {
    const start = performance.now();
    const counts = await counter.counts();
    report.millis.counts += performance.now() - start;
    return counts;
  };

  const check = async (fuzz: FuzzRequest, token: string): Promise<void> => {
    const before = known ?? (await counted());
    known = undefined;
    const start = performance.now();
    const response = await send(service.url, fuzz, token);
    report.millis.requests += performance.now() - start;
    const what = summary(fuzz, response);
    if (response.status >= 500 || response.status < 100) throw new Finding('server_errors', what);
    const leaks = leaksIn(response, fuzz);
    if (leaks.length) throw new Finding('leaks', `${leaks.join('; ')} in ${what}`);
    if (response.status >= 400) {
      const after = await counted();
      const changed = changedCounts(before, after);
      if (changed.length) throw new Finding('writes_on_4xx', `${changed.join(', ')} after ${what}`);
      known = after;
    }
  };

  try {
    for (const endpoint of endpoints) await fuzzEndpoint(endpoint);
  } finally {
    await counter.close();
  }
  return report;

  async function fuzzEndpoint(endpoint: Endpoint): Promise<void> {
    const token = await options.token(endpoint.roles);
    const result = await fc.check(
      fc.asyncProperty(requestOf(endpoint, options.bodyLimitBytes), (fuzz) => check(fuzz, token)),
      { numRuns: options.runs, seed: options.seed, endOnFailure: true },
    );
    report.runs += result.numRuns;
    if (!result.failed) return;
    const error = result.errorInstance;
    const kind = error instanceof Finding ? error.kind : 'server_errors';
    report.findings[kind] += 1;
    report.failures.push(`${service.name} ${endpoint.method} ${endpoint.path} (seed ${options.seed}, run ${result.numRuns}): ${kind}: ${error instanceof Error ? error.message : String(error)}`);
    known = undefined;
  }
}
