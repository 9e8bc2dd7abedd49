import type { TestNode } from '@tandem/devkit';

export interface Answer {
  status: number;
  /** Parsed JSON when the answer is JSON, else the text. */
  body: unknown;
}

/** The smallest file the evidence upload takes for a PDF: it checks the content's first bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');

export function evidenceForm(): FormData {
  const form = new FormData();
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'certificate.pdf');
  form.append('title', 'Welding certificate');
  form.append('kind', 'certificate');
  return form;
}

/** One HTTP call; `body` a JSON value, a form, or nothing. */
export async function call(baseUrl: string, method: string, path: string, token: string | undefined, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers['Authorization'] = `Bearer ${token}`;
  let payload: string | FormData | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: payload, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
  return { status: response.status, body: isJson ? JSON.parse(text) : text };
}

/** A token cache per node, role and subject: minting one per request would cost more than the request. */
export class Tokens {
  private readonly cache = new Map<string, Promise<string>>();

  get(node: TestNode, roles: string[], subject: string): Promise<string> {
    const key = `${node.municipality}|${roles.join(',')}|${subject}`;
    let token = this.cache.get(key);
    if (!token) {
      token = node.token(roles, subject);
      this.cache.set(key, token);
    }
    return token;
  }
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
