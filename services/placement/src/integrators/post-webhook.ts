import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './target-guard';

export interface WebhookPost {
  url: URL;
  /** Checked addresses of the URL's host: the connection goes to these, never to a fresh lookup. */
  addresses: ResolvedAddress[];
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

/** The receiver's status code; throws when there is none (refused, reset, timed out). Redirects are not followed. */
export function postWebhook(post: WebhookPost): Promise<number> {
  const request = post.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      post.url,
      {
        method: 'POST',
        headers: { ...post.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(post.body) },
        lookup: pinnedTo(post.addresses),
        agent: false,
        signal: AbortSignal.timeout(post.timeoutMs),
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.on('error', (error) => reject(error.name === 'AbortError' ? new Error(`no answer within ${post.timeoutMs} ms`) : error));
    outgoing.end(post.body);
  });
}

function pinnedTo(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  };
}
