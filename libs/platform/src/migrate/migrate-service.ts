import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config';
import type { ServiceConfig } from '../config/service-config';
import type { ServiceDefinition } from '../http/service-definition';

export interface MigrationOutcome {
  /** Migrations the service declares; all of them are applied when this returns. */
  migrations: number;
}

@Module({})
class MigrationModule {}

/**
 * Applies the service's migrations and returns; nothing else of the service starts (no Kafka, no HTTP).
 * The database module is the one the service itself runs with (found in its module tree), so the
 * migrations, their order and their retries while PostgreSQL is unreachable are exactly those of a start.
 */
export async function migrateService<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  settings: Record<string, string | undefined>,
): Promise<MigrationOutcome> {
  // The config class's own checks only: migrating needs the database, not the signing key or token settings.
  const config = loadConfig(definition.config, settings);
  const database = databaseModuleOf(definition.module(config));
  const context = await NestFactory.createApplicationContext(
    { module: MigrationModule, imports: [database] },
    { logger: ['error', 'warn'], abortOnError: false },
  );
  try {
    const dataSource = context.get(DataSource, { strict: false });
    if (await dataSource.showMigrations()) throw new Error('migrations are still pending after the run');
    return { migrations: dataSource.migrations.length };
  } finally {
    await context.close();
  }
}

/** The one `TypeOrmModule.forRoot(...)` in a service's dynamic module tree (forFeature imports have no imports). */
export function databaseModuleOf(root: DynamicModule): DynamicModule {
  const found: DynamicModule[] = [];
  const visit = (module: DynamicModule): void => {
    if (module.module === TypeOrmModule && (module.imports?.length ?? 0) > 0) found.push(module);
    for (const child of module.imports ?? []) if (isDynamicModule(child)) visit(child);
  };
  visit(root);
  if (found.length !== 1) throw new Error(`expected one database module in ${root.module.name}, found ${found.length}`);
  return found[0] as DynamicModule;
}

function isDynamicModule(value: unknown): value is DynamicModule {
  return typeof value === 'object' && value !== null && 'module' in value;
}
