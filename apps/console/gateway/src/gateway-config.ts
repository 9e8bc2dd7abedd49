import { isAbsolute, resolve } from 'node:path';

/** A node's gateway, as its environment configures it; bad configuration stops it at start. */
export interface GatewayConfig {
  host: string;
  port: number;
  municipality: string;
  /** service name → base URL, e.g. intake → http://127.0.0.1:3100: served at /api/<service>/. */
  services: Map<string, string>;
  oidc: { authority: string; clientId: string; scope: string };
  federationFile: string;
  /** The built console (`nx run console:build`: dist/apps/console). */
  consoleDir: string;
}

export class GatewayConfigError extends Error {
  override readonly name = 'GatewayConfigError';
}

const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

export function gatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new GatewayConfigError(`${name} must be set`);
    return value;
  };
  const port = Number(required('PORT'));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new GatewayConfigError('PORT must be a port number');
  const consoleDir = required('CONSOLE_DIR');
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port,
    municipality: required('MUNICIPALITY_ID'),
    services: parseServices(required('SERVICE_URLS')),
    oidc: { authority: absoluteUrl('OIDC_AUTHORITY', required('OIDC_AUTHORITY')), clientId: required('OIDC_CLIENT_ID'), scope: env.OIDC_SCOPE?.trim() || 'openid profile' },
    federationFile: required('FEDERATION_FILE'),
    consoleDir: isAbsolute(consoleDir) ? consoleDir : resolve(consoleDir),
  };
}

/** `intake=http://127.0.0.1:3100,training=http://127.0.0.1:3101`: a new service needs no code change here. */
export function parseServices(list: string): Map<string, string> {
  const services = new Map<string, string>();
  for (const entry of list.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [name = '', url = ''] = entry.split(/=(.*)/s);
    if (!SERVICE_NAME.test(name)) throw new GatewayConfigError(`SERVICE_URLS: "${name}" is not a service name`);
    if (services.has(name)) throw new GatewayConfigError(`SERVICE_URLS names ${name} twice`);
    services.set(name, absoluteUrl(`SERVICE_URLS (${name})`, url).replace(/\/$/, ''));
  }
  if (services.size === 0) throw new GatewayConfigError('SERVICE_URLS must name at least one service');
  return services;
}

function absoluteUrl(name: string, value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    return value;
  } catch {
    throw new GatewayConfigError(`${name} must be an http(s) URL, not "${value}"`);
  }
}
