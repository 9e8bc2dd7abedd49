/** A service answered with an error; `fields` names each wrong field of a 400, `body` is the whole answer. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string[]> = {},
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface Api {
  get<T>(service: string, path: string): Promise<T>;
  send<T>(method: 'POST' | 'PATCH' | 'PUT', service: string, path: string, body?: unknown): Promise<T>;
}

/**
 * Calls a service through the node's gateway (`/api/<service>/...`) with the user's access token;
 * without one, only a service's public routes answer.
 */
export function createApi(accessToken?: string): Api {
  async function call<T>(method: string, service: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`/api/${service}${path}`, {
      method,
      headers: {
        ...(accessToken === undefined ? {} : { authorization: `Bearer ${accessToken}` }),
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw errorOf(response.status, parsed);
    return parsed as T;
  }
  return {
    get: (service, path) => call('GET', service, path),
    send: (method, service, path, body) => call(method, service, path, body),
  };
}

function errorOf(status: number, body: unknown): ApiError {
  const answer = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { message, fields } = answer as { message?: unknown; fields?: Record<string, string[]> };
  return new ApiError(status, typeof message === 'string' ? message : `HTTP ${status}`, fields ?? {}, answer);
}
