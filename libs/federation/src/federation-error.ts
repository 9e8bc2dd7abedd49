import type { ErrorObject } from 'ajv';

/** A federation file that must not be trusted; `errors` names each entry and field that is wrong. */
export class FederationError extends Error {
  override readonly name = 'FederationError';
  constructor(
    readonly origin: string,
    readonly errors: readonly string[],
  ) {
    super(`federation file ${origin} is invalid:\n  - ${errors.join('\n  - ')}`);
  }
}

/**
 * A readable location such as `municipalities[1] (pl-zgorzelec).jwks.keys[0] (kid abc).x`,
 * naming entries by id and keys by kid so an operator finds them in the file.
 */
export function describeLocation(document: unknown, segments: readonly string[]): string {
  let node = document;
  let location = '';
  for (const segment of segments) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
    location += /^\d+$/.test(segment) ? `[${segment}]${entryLabel(node)}` : `${location ? '.' : ''}${segment}`;
  }
  return location || '(top level)';
}

export function describeSchemaError(document: unknown, error: ErrorObject): string {
  const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
  const location = describeLocation(document, segments);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${location}: missing required field ${String(params['missingProperty'])}`;
    case 'additionalProperties':
      return `${location}: unknown field ${String(params['additionalProperty'])}`;
    case 'const':
      return `${location}: must be ${JSON.stringify(params['allowedValue'])}`;
    default:
      return `${location}: ${error.message ?? 'is invalid'}`;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entryLabel(node: unknown): string {
  if (!isRecord(node)) return '';
  if (typeof node['id'] === 'string') return ` (${node['id']})`;
  if (typeof node['kid'] === 'string') return ` (kid ${node['kid']})`;
  return '';
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
