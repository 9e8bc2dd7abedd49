export interface HttpResult<Body = unknown> {
  status: number;
  /** Parsed JSON when the response is JSON, else the text. */
  body: Body;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** Calls one node's HTTP API with one caller's bearer token (or none). */
export class NodeClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string | undefined,
  ) {}

  get<Body = unknown>(path: string): Promise<HttpResult<Body>> {
    return this.request<Body>('GET', path);
  }

  post<Body = unknown>(path: string, body?: unknown): Promise<HttpResult<Body>> {
    return this.request<Body>('POST', path, body);
  }

  async request<Body = unknown>(method: string, path: string, body?: unknown): Promise<HttpResult<Body>> {
    const headers: Record<string, string> = {};
    if (this.token !== undefined) headers['Authorization'] = `Bearer ${this.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
    return { status: response.status, body: (isJson ? JSON.parse(text) : text) as Body };
  }
}
