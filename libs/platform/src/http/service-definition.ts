import type { DynamicModule, INestApplication } from '@nestjs/common';
import { ConfigError, loadConfig } from '../config/load-config';
import type { ServiceConfig } from '../config/service-config';
import { createServiceApp } from './create-service-app';
import { startTracing } from '../tracing/tracing';

/** A service as `main.ts` and in-process tests both build it: its settings, module, docs title and inboxes. */
export interface ServiceDefinition<C extends ServiceConfig> {
  config: new () => C;
  /** Cross-setting checks beyond the config class (e.g. `exchangeConfigProblems`). */
  configChecks?: (config: C) => string[];
  module: (config: C) => DynamicModule;
  title: string;
  description: string;
  /** Connects the service's inboxes (exchange, node topics); started with the app. */
  inboxes?: Array<(app: INestApplication) => Promise<unknown>>;
}

/** Reads the settings, builds the app and starts its inboxes; the caller then listens (or, in tests, inits). */
export async function buildService<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  settings: Record<string, string | undefined>,
): Promise<{ app: INestApplication; config: C }> {
  const config = loadConfig(definition.config, settings, definition.configChecks);
  const app = await createServiceApp(definition.module(config), config, definition);
  for (const connect of definition.inboxes ?? []) await connect(app);
  await app.startAllMicroservices();
  return { app, config };
}

/** A service's `main`: build it from the environment and listen; bad configuration exits 1 with every problem, no stack. */
export function runService<C extends ServiceConfig>(name: string, definition: ServiceDefinition<C>): void {
  startTracing({ service: name, municipality: process.env['MUNICIPALITY_ID'] ?? 'unknown', env: process.env });
  buildService(definition, process.env)
    .then(({ app, config }) => app.listen(config.PORT, config.HOST))
    .catch((error: unknown) => {
      // Bad configuration is the operator's to fix: say what is wrong, without a stack trace.
      console.error(error instanceof ConfigError ? `${name}: ${error.message}` : error);
      process.exit(1);
    });
}
