import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { type DevOidcConfig, type DevRealm, devOidcUrl, realmIssuer } from './dev-oidc-config';
import { handleLogin } from './login-interaction';
import { interactionPath, realmProvider } from './realm-provider';

interface MountedRealm {
  realm: DevRealm;
  provider: Provider;
  callback: (request: IncomingMessage, response: ServerResponse) => void;
}

/**
 * The dev OIDC provider: one issuer per node under `/<municipality>` (as Keycloak has one realm per
 * node), each with its sign-in form, plus `/health/ready` for the readiness checks.
 */
export async function startDevOidcServer(config: DevOidcConfig): Promise<Server> {
  const baseUrl = devOidcUrl(config);
  // Fresh per start: sessions do not outlive the provider, which keeps nothing on disk either.
  const cookieKeys = [randomBytes(32).toString('base64url')];
  const mounted = new Map<string, MountedRealm>();
  for (const realm of config.realms) {
    const provider = await realmProvider(realmIssuer(baseUrl, realm.municipality), realm, cookieKeys);
    mounted.set(realm.municipality, { realm, provider, callback: provider.callback() });
  }
  const server = createServer((request, response) => {
    route(mounted, request, response).catch((error: unknown) => {
      console.error(`dev-oidc: ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('sign-in failed; see the dev OIDC provider log');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  return server;
}

async function route(mounted: Map<string, MountedRealm>, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = request.url ?? '/';
  if (url === '/health/ready') return void response.writeHead(200, { 'content-type': 'text/plain' }).end('ready');
  const municipality = url.split(/[/?]/)[1] ?? '';
  const found = mounted.get(municipality);
  if (!found) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('no such realm');
  if (url.startsWith(interactionPath(municipality, ''))) return handleLogin(found.provider, found.realm, request, response);
  // Mounted below /<municipality>: oidc-provider reads the mount path from originalUrl minus url.
  Object.assign(request, { originalUrl: url });
  request.url = url.slice(municipality.length + 1) || '/';
  found.callback(request, response);
}
