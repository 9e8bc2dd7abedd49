/**
 * `npm start`: Kafka and PostgreSQL, then every service of every demo node, built from source, and
 * each node's console (port base + 80) with the dev sign-in (port 3900, docs/console.md).
 *   npm start                         de-goerlitz (ports 3100+) and pl-zgorzelec (ports 3200+)
 *   TANDEM_NODES=de-goerlitz npm start  one node only
 * Infrastructure: what KAFKA_BROKERS (+ TANDEM_ADMIN_DATABASE_URL) names, else docker-compose.yml's
 * kafka and postgres when a Docker engine answers, else deploy/local's scripts. Ctrl+C stops it all.
 * Libraries are imported by relative path: tsx applies tsconfig paths only from the working directory.
 */
import { join } from 'node:path';
import { DEV_AUDIENCE, DEV_ISSUER } from '../libs/devkit/src/dev-issuer';
import type { Infrastructure } from '../libs/devkit/src/infrastructure';
import { run } from './start/commands';
import { assertConsolePortsFree, consoleSummary, planConsoles, startConsoles } from './start/console';
import { databaseUrl, ensureDatabases } from './start/databases';
import { prepareDevIssuer } from './start/dev-issuer';
import { provideInfrastructure } from './start/infrastructure';
import { assertPortFree, waitUntilReady } from '../libs/devkit/src/readiness';
import { say, Session } from './start/session';
import { serviceUrl, summary } from './start/summary';
import { discoverServices, planInstances, REPO_ROOT, selectNodes, type ServiceInstance } from './start/topology';
import { builtServiceEntry } from '../libs/devkit/src/service-process';

const READY_TIMEOUT_MS = 60_000;
// The demo federation and its throwaway keys: never the keys of a real node.
const FEDERATION_FILE = join(REPO_ROOT, 'deploy/federation/demo.federation.yaml');

/** The services and the console (its browser app and gateway), in one Nx run. */
async function buildProjects(projects: string[]): Promise<void> {
  say(`building ${projects.join(', ')}`);
  // No Nx daemon unless asked for: `npm start` should leave no process of its own behind.
  const env = { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false' };
  const args = ['nx', 'run-many', '-t', 'build', '-p', projects.join(','), '--outputStyle=static-failures-only'];
  await run('npx', args, env);
}

function serviceEnv(instance: ServiceInstance, infrastructure: Infrastructure, jwksFile: string): NodeJS.ProcessEnv {
  // Exactly one JWKS source and one signing key are allowed: the demo's win over the caller's shell.
  const { AUTH_JWKS_URL: _ignored, NODE_SIGNING_KEY: _alsoIgnored, ...inherited } = process.env;
  return {
    ...inherited,
    MUNICIPALITY_ID: instance.node.municipality,
    COUNTRY_CODE: instance.node.country,
    PORT: String(instance.port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl(infrastructure.adminDatabaseUrl, instance.database),
    KAFKA_BROKERS: infrastructure.kafkaBrokers,
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUTH_JWKS_FILE: jwksFile,
    FEDERATION_FILE,
    NODE_SIGNING_KEY_FILE: join(REPO_ROOT, `deploy/federation/demo-keys/${instance.node.municipality}.private.jwk.json`),
  };
}

async function prepareInfrastructure(
  session: Session,
  instances: ServiceInstance[],
  services: string[],
): Promise<Infrastructure> {
  const nodes = [...new Set(instances.map((instance) => instance.node.municipality))];
  const infrastructure = await session.startInfrastructure(provideInfrastructure(nodes, services));
  const created = await ensureDatabases(infrastructure.adminDatabaseUrl, instances.map((instance) => instance.database));
  if (created.length > 0) say(`created database(s) ${created.join(', ')}`);
  return infrastructure;
}

async function main(session: Session): Promise<void> {
  const startedAt = Date.now();
  const services = discoverServices();
  const instances = planInstances(selectNodes(), services);
  const consoles = planConsoles(instances);
  await Promise.all([...instances.map((instance) => assertPortFree(instance.port)), assertConsolePortsFree(consoles)]);
  // The build does not need the infrastructure: both proceed at once.
  const [infrastructure, jwksFile] = await Promise.all([
    prepareInfrastructure(session, instances, services),
    prepareDevIssuer(),
    buildProjects([...services, 'console']),
  ]);
  say(`starting ${instances.map((instance) => instance.label).join(', ')}`);
  const prefixWidth = Math.max(...instances.map((instance) => instance.label.length));
  await Promise.all(
    instances.map((instance) => {
      const env = serviceEnv(instance, infrastructure, jwksFile);
      const service = session.launch(instance.label, builtServiceEntry(instance.service), env, prefixWidth);
      return waitUntilReady(service, serviceUrl(instance), READY_TIMEOUT_MS);
    }),
  );
  say('starting the dev sign-in and the consoles');
  await startConsoles(session, consoles, instances, FEDERATION_FILE, prefixWidth);
  console.log(summary(instances, infrastructure, Date.now() - startedAt));
  console.log(`${consoleSummary(consoles)}\n`);
}

const session = new Session();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    say(`${signal} received, shutting down`);
    void session.shutdown(0);
  });
}
main(session).catch((error: unknown) => session.fail(error));
