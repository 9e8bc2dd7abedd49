import { OneNode, PROTECTED_ROUTES } from './one-node';

const LIMIT = 25;
const PUBLIC_LIMIT = 15;
const OVER = 20;

interface Outcome {
  ok: number;
  limited: number;
  retryAfter: number;
}

/** Sends `count` requests at once and tallies the answers: 2xx, and 429 with a Retry-After header. */
async function burst(count: number, send: () => Promise<Response>): Promise<Outcome> {
  const responses = await Promise.all(Array.from({ length: count }, send));
  const limited = responses.filter((response) => response.status === 429);
  return {
    ok: responses.filter((response) => response.ok).length,
    limited: limited.length,
    retryAfter: limited.filter((response) => Number(response.headers.get('retry-after')) > 0).length,
  };
}

/** Rate limits per signed-in caller on every service, and per address on the public credential verifier. */
describe('rate limits', () => {
  let node: OneNode;
  const totals = { sent: 0, ok: 0, limited: 0, retryAfter: 0 };

  beforeAll(async () => {
    node = await OneNode.start('rate', Object.keys(PROTECTED_ROUTES), { RATE_LIMIT_PER_MINUTE: String(LIMIT), RECOGNITION_VERIFY_LIMIT_PER_MINUTE: String(PUBLIC_LIMIT) });
  }, 300_000);

  afterAll(async () => {
    await node?.stop();
    console.log(JSON.stringify({ suite: 'rate-limits', services: Object.keys(PROTECTED_ROUTES).length, limit: LIMIT, public_limit: PUBLIC_LIMIT, ...totals }));
  });

  const tally = (outcome: Outcome, sent: number) => {
    totals.sent += sent;
    totals.ok += outcome.ok;
    totals.limited += outcome.limited;
    totals.retryAfter += outcome.retryAfter;
  };

  it.each(Object.entries(PROTECTED_ROUTES))('%s gives one caller exactly its limit a minute, then 429 with Retry-After, and others their own', async (name, route) => {
    const service = node.service(name);
    const token = await node.issuer.token({ sub: `caseworker-${name}`, municipality: node.municipality, roles: ['caseworker', 'admin'] });
    const send = () => fetch(`${service.url}${route}`, { headers: { Authorization: `Bearer ${token}` } });
    const outcome = await burst(LIMIT + OVER, send);
    tally(outcome, LIMIT + OVER);
    expect(outcome).toEqual({ ok: LIMIT, limited: OVER, retryAfter: OVER });

    const other = await node.issuer.token({ sub: `caseworker-other-${name}`, municipality: node.municipality, roles: ['caseworker', 'admin'] });
    expect((await fetch(`${service.url}${route}`, { headers: { Authorization: `Bearer ${other}` } })).status).toBe(200);
    expect((await fetch(`${service.url}/health/ready`)).status).toBe(200);
  });

  it('gives one address its limit of public verifications a minute, whatever it sends', async () => {
    const verifier = node.service('recognition');
    const send = () =>
      fetch(`${verifier.url}/verifications`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ credential: 'not.a.credential' }) });
    const outcome = await burst(PUBLIC_LIMIT + OVER, send);
    tally(outcome, PUBLIC_LIMIT + OVER);
    expect(outcome).toEqual({ ok: PUBLIC_LIMIT, limited: OVER, retryAfter: OVER });
  });
});
