import { request } from 'node:http';
import type { FuzzRequest } from './request-arbitraries';

export interface FuzzResponse {
  status: number;
  contentType: string;
  text: string;
}

/** Sends `fuzz` exactly as generated: node's http client keeps the path as written (no `..` resolution, no re-encoding). */
export function send(baseUrl: string, fuzz: FuzzRequest, token: string | undefined): Promise<FuzzResponse> {
  const url = new URL(baseUrl);
  const headers: Record<string, string | number> = {};
  if (fuzz.authorized && token) headers['Authorization'] = `Bearer ${token}`;
  if (fuzz.contentType) headers['Content-Type'] = fuzz.contentType;
  if (fuzz.body) headers['Content-Length'] = fuzz.body.length;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: url.hostname, port: url.port, method: fuzz.method, path: fuzz.path, headers, timeout: 30_000 },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, contentType: String(incoming.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within 30 s to ${fuzz.method} ${fuzz.path.slice(0, 200)}`)));
    outgoing.on('error', reject);
    outgoing.end(fuzz.body);
  });
}
