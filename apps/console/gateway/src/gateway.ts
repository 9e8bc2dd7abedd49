import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { CONFIG_PATH } from '../../src/config/console-config';
import { consoleConfigDocument } from './console-config-document';
import type { GatewayConfig } from './gateway-config';
import { send, staticFiles } from './static-files';

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/**
 * One node's console gateway: the built console, its /config.json, and `/api/<service>/*` to that
 * service of this node. Nothing else is routed; each service checks the caller's token itself.
 */
export function createGateway(config: GatewayConfig): Server {
  const document = JSON.stringify(consoleConfigDocument(config));
  const files = staticFiles(config.consoleDir, securityHeaders(config));
  const proxies = new Map([...config.services].map(([name, url]) => [name, serviceProxy(name, url)]));

  return createServer((request, response) => {
    const handle = route(request.url ?? '/', proxies, files, document);
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      console.error(`gateway: ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
      else response.destroy();
    });
  });
}

function route(url: string, proxies: Map<string, Handler>, files: Handler, document: string): Handler {
  const path = url.split('?')[0] ?? '/';
  if (path === '/health/ready') return (_request, response) => send(response, 200, 'text/plain', 'ready');
  if (path === CONFIG_PATH) return (_request, response) => send(response, 200, 'application/json', document);
  const api = /^\/api\/([^/]+)(\/.*)?$/.exec(path);
  if (!api) return files;
  if (isMetrics(api[2] ?? '')) return notFound('no such route');
  return proxies.get(api[1] ?? '') ?? notFound('no such service');
}

/**
 * Metrics are for the node's monitoring, scraped inside its network, and need no token: the console's
 * users have no use for them. Compared as the service's router would match it (decoded, any case, any slashes).
 */
function isMetrics(servicePath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(servicePath);
  } catch {
    return false;
  }
  return /^\/+metrics(\/|$)/i.test(decoded);
}

const notFound =
  (message: string): Handler =>
  (_request, response) =>
    send(response, 404, 'application/json', JSON.stringify({ message }));

function serviceProxy(name: string, target: string): Handler {
  const proxy = createProxyMiddleware<IncomingMessage, ServerResponse>({
    target,
    changeOrigin: true,
    xfwd: true,
    pathRewrite: (path) => path.slice(`/api/${name}`.length) || '/',
    on: {
      // The console authenticates with bearer tokens: cookies of the console's origin are no business of a service.
      proxyReq: (proxyRequest) => proxyRequest.removeHeader('cookie'),
      error: (_error, _request, response) => {
        if ('writeHead' in response && !response.headersSent) send(response, 502, 'application/json', `{"message":"${name} is not reachable"}`);
      },
    },
  });
  return (request, response) => proxy(request, response, () => send(response, 404, 'text/plain', 'Not found'));
}

/** The console loads only its own files and talks only to this gateway and the node's sign-in. */
function securityHeaders(config: GatewayConfig): Record<string, string> {
  const signIn = new URL(config.oidc.authority).origin;
  return {
    'content-security-policy': [
      "default-src 'self'",
      `connect-src 'self' ${signIn}`,
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}
