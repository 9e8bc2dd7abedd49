/**
 * The machine-readable API documents in docs/, built from the code: docs/asyncapi.yaml from the
 * contracts and the services' inbox handlers, docs/openapi/<service>.json from each service's module.
 * Needs decorator metadata (swc, as jest and the builds compile): `npm run docs:api` arranges that.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { SwaggerModule } from '@nestjs/swagger';
import { ALL_CONTRACTS, type ServiceName } from '../libs/contracts/src';
import { renderAsyncApi, type ServiceConsumption } from '../libs/contracts/src/asyncapi';
import { documentIdempotencyKey, loadConfig, serviceDocumentConfig, type ServiceConfig, type ServiceDefinition } from '../libs/platform/src';

export const REPO_ROOT = join(__dirname, '..');

/** Enough to build each module; nothing connects, because the app is only previewed. */
const PREVIEW_SETTINGS = {
  MUNICIPALITY_ID: 'de-goerlitz',
  COUNTRY_CODE: 'DE',
  DATABASE_URL: 'postgres://127.0.0.1:5432/unused',
  KAFKA_BROKERS: '127.0.0.1:9092',
  AUTH_JWKS_URL: 'https://issuer.example/jwks',
  FEDERATION_FILE: join(REPO_ROOT, 'deploy/federation/demo.federation.yaml'),
  NODE_SIGNING_KEY_FILE: join(REPO_ROOT, 'deploy/federation/demo-keys/de-goerlitz.private.jwk.json'),
};

/** Every folder under services/ with a `src/service.ts`, by name, so a new service gets its document unasked. */
export function serviceNames(): ServiceName[] {
  const dir = join(REPO_ROOT, 'services');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'src', 'service.ts')))
    .map((entry) => entry.name as ServiceName)
    .sort();
}

function definitionOf(service: ServiceName): ServiceDefinition<ServiceConfig> {
  const exported = Object.values(require(join(REPO_ROOT, 'services', service, 'src', 'service')) as Record<string, unknown>);
  const definitions = exported.filter((value): value is ServiceDefinition<ServiceConfig> => {
    return typeof value === 'object' && value !== null && 'module' in value && 'title' in value;
  });
  if (definitions.length !== 1) throw new Error(`services/${service}/src/service.ts must export one ServiceDefinition`);
  return definitions[0];
}

/** The app's module graph with its controllers, and no provider instantiated: no database, no broker. */
async function preview(definition: ServiceDefinition<ServiceConfig>): Promise<INestApplication> {
  const config = loadConfig(definition.config, PREVIEW_SETTINGS, definition.configChecks);
  return NestFactory.create(definition.module(config), { preview: true, logger: false, abortOnError: false });
}

/** The event types of every `@EventPattern` handler in the app: what its inboxes apply. */
function inboxHandlers(app: INestApplication): string[] {
  const types = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const controller of module.controllers.values()) {
      const prototype = (controller.metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) continue;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const method = Object.getOwnPropertyDescriptor(prototype, name)?.value as unknown;
        const patterns = typeof method === 'function' ? (Reflect.getMetadata(PATTERN_METADATA, method) as unknown[] | undefined) : undefined;
        for (const pattern of patterns ?? []) if (typeof pattern === 'string') types.add(pattern);
      }
    }
  }
  return [...types].sort();
}

/** Object keys sorted at every level, so the file changes only when the API does. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.keys(v).sort().map((key) => [key, sort((v as Record<string, unknown>)[key])]));
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

interface ServiceApi {
  service: ServiceName;
  openapi: string;
  consumes: string[];
}

async function serviceApi(service: ServiceName): Promise<ServiceApi> {
  const definition = definitionOf(service);
  const app = await preview(definition);
  try {
    const document = documentIdempotencyKey(SwaggerModule.createDocument(app, serviceDocumentConfig(definition)));
    return { service, openapi: stableJson(document), consumes: inboxHandlers(app) };
  } finally {
    await app.close();
  }
}

/** Every generated document by its path under the repository root. */
export async function apiDocuments(): Promise<Map<string, string>> {
  const apis: ServiceApi[] = [];
  for (const service of serviceNames()) apis.push(await serviceApi(service));
  const consumption: ServiceConsumption[] = apis.map(({ service, consumes }) => ({ service, consumes }));
  return new Map([
    ['docs/asyncapi.yaml', renderAsyncApi(ALL_CONTRACTS, consumption)],
    ...apis.map(({ service, openapi }): [string, string] => [`docs/openapi/${service}.json`, openapi]),
  ]);
}
