import { join } from 'node:path';
import {
  configuredInfrastructure,
  dockerEngineAnswers,
  type Infrastructure,
  localInfrastructure,
} from '../../libs/devkit/src/infrastructure';
import { capture, run } from './commands';
import { say } from './session';
import { REPO_ROOT } from './topology';

const COMPOSE = ['compose', '-f', join(REPO_ROOT, 'docker-compose.yml')];
const COMPOSE_INFRA_SERVICES = ['kafka', 'postgres'];
// The host ports docker-compose.yml publishes, with the postgres image's superuser.
const COMPOSE_KAFKA_BROKERS = '127.0.0.1:9092';
const COMPOSE_ADMIN_DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

/** What KAFKA_BROKERS names, else Docker when an engine answers, else the local scripts. */
export async function provideInfrastructure(nodes: string[], services: string[]): Promise<Infrastructure> {
  const configured = configuredInfrastructure();
  if (configured) return configured;
  if (await dockerEngineAnswers()) return composeInfrastructure();
  return scriptedInfrastructure(nodes, services);
}

/** deploy/local: a Kafka broker from Maven jars and the machine's PostgreSQL. */
async function scriptedInfrastructure(nodes: string[], services: string[]): Promise<Infrastructure> {
  say('starting the local Kafka broker unless one runs (deploy/local/infra.sh)');
  // postgres-local.sh creates its databases for these two lists, which it reads space separated.
  const local = await localInfrastructure({ TANDEM_NODES: nodes.join(' '), TANDEM_SERVICES: services.join(' ') });
  if (local.reusedBroker) say('reused the running local Kafka broker (it stays running)');
  return local;
}

/** Kafka and PostgreSQL of this repo's docker-compose.yml; left running if they already were. */
async function composeInfrastructure(): Promise<Infrastructure> {
  const running = (await capture('docker', [...COMPOSE, 'ps', '--status', 'running', '--services'])).split(/\s+/);
  const wasRunning = COMPOSE_INFRA_SERVICES.every((service) => running.includes(service));
  say(wasRunning ? 'reusing the running compose kafka and postgres (they stay running)' : 'starting compose kafka and postgres');
  await run('docker', [...COMPOSE, 'up', '-d', '--wait', ...COMPOSE_INFRA_SERVICES]);
  return {
    kind: 'docker',
    kafkaBrokers: COMPOSE_KAFKA_BROKERS,
    adminDatabaseUrl: COMPOSE_ADMIN_DATABASE_URL,
    stop: async () => {
      if (!wasRunning) await run('docker', [...COMPOSE, 'stop', ...COMPOSE_INFRA_SERVICES]);
    },
  };
}
