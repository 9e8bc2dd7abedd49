import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built console from `root`. A path without a file extension is a route of the app and
 * gets index.html; Vite's hashed assets are cached for good, index.html never.
 */
export function staticFiles(root: string, headers: Record<string, string>) {
  const base = resolve(root);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');
    const path = safePath(base, request.url ?? '/');
    if (!path) return send(response, 404, 'text/plain', 'Not found');
    const file = extname(path) === '' ? join(base, 'index.html') : path;
    const body = await readFile(file).catch(() => undefined);
    if (!body) return send(response, 404, 'text/plain', 'Not found');
    const immutable = file.startsWith(join(base, 'assets') + sep);
    response.writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

/** The file a URL names, or undefined when it would leave `base` (`..`, encoded or not). */
function safePath(base: string, url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://gateway').pathname);
  } catch {
    return undefined;
  }
  const path = resolve(base, `.${pathname}`);
  return path === base || path.startsWith(base + sep) ? path : undefined;
}

export function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff' });
  response.end(body);
}
