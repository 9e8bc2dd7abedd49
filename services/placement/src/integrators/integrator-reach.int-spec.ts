import type { INestApplication } from '@nestjs/common';
import type { ServiceTestApp } from '@tandem/devkit';
import { startPlacementApp } from '../test-support/placement-test-app';

interface Route {
  method: (typeof METHODS)[number];
  path: string;
}

/** Every route the app serves, read from Express, with `:params` filled by a valid uuid (4 days for a checkpoint). */
function routesOf(app: INestApplication): Route[] {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } }).router;
  return router.stack.flatMap(({ route }) =>
    route
      ? Object.keys(route.methods).filter(isMethod).map((method) => ({
          method,
          path: route.path.replace(/:days/g, '30').replace(/:[A-Za-z]+/g, '6f1c2a6e-8d4b-4f5a-9c1e-2b7d6a0e9f11'),
        }))
      : [],
  );
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const isMethod = (method: string): method is Route['method'] => (METHODS as readonly string[]).includes(method);

describe('what an integrator token reaches', () => {
  let placement: ServiceTestApp;

  beforeAll(async () => {
    placement = await startPlacementApp();
  });
  afterAll(() => placement?.stop());

  it('reaches its subscriptions and nothing else of placement', async () => {
    const integrator = await placement.as(['integrator'], 'integrator-arbeitsagentur');
    const routes = routesOf(placement.app);
    // Health, metrics and docs are public: they hold nothing of anyone.
    const others = routes.filter(({ path }) => !['/subscriptions', '/health', '/metrics', '/docs'].some((open) => path.startsWith(open)));
    const covered = ['/employers', '/vacancies', '/placements', '/retention-checkpoints', '/grievances', '/feedback', '/integrators/'];
    for (const part of covered) expect(others.some(({ path }) => path.includes(part))).toBe(true);

    const reached: string[] = [];
    for (const { method, path } of others) {
      const response = await integrator[method](path).send({});
      if (![403, 404].includes(response.status)) reached.push(`${method.toUpperCase()} ${path}: ${response.status}`);
    }
    expect(reached).toEqual([]);
    expect((await integrator.get('/subscriptions')).status).toBe(200);
  });

  it('keeps subscriptions from every other role', async () => {
    for (const role of ['caseworker', 'admin', 'employer', 'auditor']) {
      const client = await placement.as([role], `${role}-1`);
      expect([role, (await client.get('/subscriptions')).status]).toEqual([role, 403]);
      expect([role, (await client.post('/subscriptions').send({})).status]).toEqual([role, 403]);
    }
  });
});
