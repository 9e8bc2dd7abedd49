import { SERVICE_NAMES } from '../../libs/devkit/src/services';
import { databaseName } from '../start/topology';
import { UsageError } from './command';

export const SERVICES: readonly string[] = SERVICE_NAMES;

export const DATABASE_URL_HELP = `default: DATABASE_URL, as the service reads it; else, with MUNICIPALITY_ID set,
                  tandem_<municipality>_<service> on PGHOST/PGPORT/PGUSER (as npm start names it)`;

export function serviceOption(service: string | undefined): string {
  if (!service || !SERVICES.includes(service)) throw new UsageError(`--service must be one of ${SERVICES.join(', ')}`);
  return service;
}

/** The database a service uses, found as the service itself would find it. */
export function serviceDatabaseUrl(service: string, given: string | undefined, env: NodeJS.ProcessEnv): string {
  const url = given ?? defaultDatabaseUrl(service, env);
  if (!/^postgres(ql)?:\/\/.+/.test(url)) throw new UsageError('the database URL must be a postgres:// URL');
  return url;
}

function defaultDatabaseUrl(service: string, env: NodeJS.ProcessEnv): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  if (!env.MUNICIPALITY_ID) throw new UsageError('give --database-url, or set DATABASE_URL or MUNICIPALITY_ID');
  const host = `${env.PGHOST ?? '127.0.0.1'}:${env.PGPORT ?? '5432'}`;
  return `postgres://${env.PGUSER ?? 'postgres'}@${host}/${databaseName(env.MUNICIPALITY_ID, service)}`;
}
