import { ConfigError } from '../config/load-config';
import type { ServiceConfig } from '../config/service-config';
import { runService, type ServiceDefinition } from '../http/service-definition';
import { migrateService } from './migrate-service';

export const MIGRATE_COMMAND = 'migrate';

/**
 * A service's `main`: without arguments it serves; with `migrate` it applies its database migrations
 * and exits 0, or exits 1 saying why (a deployment runs this as a Job before the service rolls out).
 */
export function runServiceCommand<C extends ServiceConfig>(name: string, definition: ServiceDefinition<C>, args: string[]): void {
  if (args.length === 0) return runService(name, definition);
  if (args.length === 1 && args[0] === MIGRATE_COMMAND) return runMigrations(name, definition);
  console.error(`${name}: unknown arguments "${args.join(' ')}": run without arguments to serve, or with "${MIGRATE_COMMAND}" to apply the database migrations and exit`);
  process.exit(2);
}

function runMigrations<C extends ServiceConfig>(name: string, definition: ServiceDefinition<C>): void {
  migrateService(definition, process.env).then(
    ({ migrations }) => {
      console.log(`${name}: database migrated, ${migrations} migrations applied, none pending`);
      // Exit even if a driver leaves a timer behind: the Job is done.
      process.exit(0);
    },
    (error: unknown) => {
      const reason = error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
      console.error(`${name}: migrations failed: ${reason}`);
      process.exit(1);
    },
  );
}
