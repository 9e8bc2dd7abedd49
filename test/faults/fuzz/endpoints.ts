/** A JSON Schema as an OpenAPI document gives it, with `$ref`s already followed. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  schema: Schema;
}

/** One operation of a service, as its running app documents it. */
export interface Endpoint {
  method: string;
  /** The OpenAPI template, e.g. `/cases/{id}/notes`. */
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, when the operation takes one. */
  body?: Schema;
  contentTypes: string[];
  /** Roles named in the operation's description ("Roles: caseworker, admin"), if it names any. */
  roles?: string[];
}

interface OpenApiOperation {
  description?: string;
  parameters?: Array<{ name: string; in: string; schema?: Schema; $ref?: string }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation the app at `baseUrl` serves, read from its own OpenAPI document: a new route is fuzzed without being listed anywhere. */
export async function endpointsOf(baseUrl: string): Promise<Endpoint[]> {
  const response = await fetch(`${baseUrl}/docs/openapi.json`);
  if (!response.ok) throw new Error(`${baseUrl}/docs/openapi.json answered ${response.status}`);
  const document = (await response.json()) as OpenApiDocument;
  const resolve = resolver(document);
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => {
        const content = operation.requestBody?.content ?? {};
        const json = content['application/json']?.schema;
        return {
          method: method.toUpperCase(),
          path,
          parameters: (operation.parameters ?? [])
            .filter((parameter) => parameter.in === 'path' || parameter.in === 'query')
            .map((parameter) => ({ name: parameter.name, in: parameter.in as 'path' | 'query', schema: resolve(parameter.schema ?? {}) })),
          body: json ? resolve(json) : undefined,
          contentTypes: Object.keys(content),
          roles: rolesIn(operation.description),
        };
      }),
  );
}

/** Follows `#/components/schemas/...` references, once per branch, so recursive schemas stay finite. */
function resolver(document: OpenApiDocument): (schema: Schema) => Schema {
  const resolve = (schema: Schema, seen: ReadonlySet<string> = new Set()): Schema => {
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop() as string;
      const target = document.components?.schemas?.[name];
      return target && !seen.has(name) ? resolve(target, new Set([...seen, name])) : {};
    }
    const properties = schema.properties
      ? Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, resolve(value, seen)]))
      : undefined;
    const firstOf = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
    if (firstOf && !schema.properties) return resolve(firstOf, seen);
    return { ...schema, properties, items: schema.items ? resolve(schema.items, seen) : undefined };
  };
  return resolve;
}

function rolesIn(description: string | undefined): string[] | undefined {
  const match = /roles?:\s*([a-z_, ]+)/i.exec(description ?? '');
  return match?.[1] ? match[1].split(',').map((role) => role.trim()).filter(Boolean) : undefined;
}
