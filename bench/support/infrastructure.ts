import { configuredInfrastructure, databaseHost, type Infrastructure, localInfrastructure } from '@tandem/devkit';
import { note } from './cli';

/** KAFKA_BROKERS if set; else the project's local broker, stopped at the end only if started here. */
export async function benchInfrastructure(): Promise<Infrastructure> {
  const configured = configuredInfrastructure();
  if (configured) {
    note(`using KAFKA_BROKERS=${configured.kafkaBrokers}`);
    return configured;
  }
  note('KAFKA_BROKERS not set: starting the local infrastructure (deploy/local/infra.sh up)');
  const local = await localInfrastructure();
  // The nodes' databases are created through this connection, as in the tests' global setup.
  process.env.TANDEM_ADMIN_DATABASE_URL = local.adminDatabaseUrl;
  note(`local broker at ${local.kafkaBrokers}, PostgreSQL at ${databaseHost(local.adminDatabaseUrl)}`);
  return local;
}
