import { pollUntil, type TestService } from '@tandem/devkit';
import { OneNode, PROTECTED_ROUTES } from './one-node';
import { type TamperedToken, tamperedTokens } from './tampered-tokens';

interface LogLine {
  level?: number;
  msg?: string;
  reason?: string;
  req?: { url?: string };
}

function parsed(line: string): LogLine | undefined {
  try {
    return JSON.parse(line) as LogLine;
  } catch {
    return undefined;
  }
}

/** The warning the service logged for the request marked with `marker` (a query parameter only this request carries). */
async function rejectionLine(service: TestService, marker: string): Promise<LogLine> {
  const lines = await pollUntil(
    `the log line of ${service.label}'s rejection ${marker}`,
    async () => service.process.recentOutput.split('\n').map(parsed).filter((line) => line?.req?.url?.includes(marker)),
    (found) => found.length > 0,
    { timeoutMs: 10_000 },
  );
  return lines[0]!;
}

/** Each segment of a token long enough to be recognised: a log holding any of them holds the credential. */
function tokenParts(token: string): string[] {
  return [token, ...token.split('.').filter((part) => part.length >= 16)];
}

describe('tampered bearer tokens, against every service as its own process', () => {
  let node: OneNode;
  let cases: TamperedToken[];
  const tally = { cases: 0, rejected: 0 };

  beforeAll(async () => {
    node = await OneNode.start('tok', Object.keys(PROTECTED_ROUTES));
    cases = await tamperedTokens(node.signingKey, node.municipality);
    for (const service of node.services) service.process.watch(cases.flatMap((entry) => tokenParts(entry.token)));
  }, 300_000);

  afterAll(async () => {
    await node?.stop();
    process.stdout.write(`${JSON.stringify({ suite: 'token-tampering', ...tally, services: node?.services.length ?? 0 })}\n`);
  });

  it.each(Object.entries(PROTECTED_ROUTES))('lets a valid token through on %s %s', async (name, route) => {
    const token = await node.issuer.token({ sub: 'caseworker-anna', municipality: node.municipality, roles: ['caseworker', 'admin'] });
    const response = await node.service(name).withToken(token).get(route);
    expect(response.status).toBe(200);
  });

  it.each(Object.entries(PROTECTED_ROUTES))('refuses every tampered token on %s %s with 401, logging why without the token', async (name, route) => {
    const service = node.service(name);
    for (const entry of cases) {
      tally.cases += 1;
      const marker = `case=${entry.name}`;
      const response = await service.withToken(entry.token).get(`${route}?${marker}`);
      expect({ case: entry.name, status: response.status }).toEqual({ case: entry.name, status: 401 });
      const line = await rejectionLine(service, marker);
      expect({ case: entry.name, level: line.level, msg: line.msg }).toEqual({ case: entry.name, level: 40, msg: 'bearer token rejected' });
      expect(line.reason).toMatch(entry.reason);
      tally.rejected += 1;
    }
    expect(Object.entries(service.process.sightings).filter(([, count]) => count > 0)).toEqual([]);
  });
});
