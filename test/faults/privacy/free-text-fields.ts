import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';

const REPO_ROOT = join(__dirname, '..', '..', '..');

/** Validators that make a string something other than free text: an id, a code, a date, an address. */
const FORMATS = new Set(['isUuid', 'isIn', 'isEnum', 'isIso8601', 'isDateString', 'isEmail', 'isISO31661Alpha2']);
/** Validators that accept arbitrary text of some length. */
const TEXT = new Set(['isString', 'isLength', 'maxLength']);

/**
 * The request-body fields of `service`'s HTTP API that take free text, as `<service>:<Class>.<property>`.
 * Which classes are request bodies comes from the service's committed OpenAPI document (kept in step
 * with the code by test/api-catalog.spec.ts); what each property accepts from its class-validator
 * metadata, i.e. from the very decorators the validation pipe runs.
 */
export function freeTextFields(service: string): string[] {
  const classes = dtoClasses(service);
  const fields: string[] = [];
  for (const name of requestBodySchemas(service)) {
    const target = classes.get(name);
    if (!target) throw new Error(`${service}: no DTO class ${name} in any *.dto.ts, but the OpenAPI document takes it as a request body`);
    const byProperty = new Map<string, Set<string>>();
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false)) {
      const names = byProperty.get(rule.propertyName) ?? new Set<string>();
      names.add(rule.name ?? rule.type);
      byProperty.set(rule.propertyName, names);
    }
    for (const [property, names] of byProperty) {
      if ([...names].some((n) => TEXT.has(n)) && ![...names].some((n) => FORMATS.has(n))) fields.push(`${service}:${name}.${property}`);
    }
  }
  return fields.sort();
}

type DtoClass = new (...args: never[]) => object;

/** Every exported class of the service's `*.dto.ts` files, by name. */
function dtoClasses(service: string): Map<string, DtoClass> {
  const classes = new Map<string, DtoClass>();
  for (const file of dtoFiles(join(REPO_ROOT, 'services', service, 'src'))) {
    // Loaded by path: the files are found at run time.
    for (const [name, value] of Object.entries(require(file) as Record<string, unknown>)) {
      if (typeof value === 'function') classes.set(name, value as DtoClass);
    }
  }
  return classes;
}

function dtoFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dtoFiles(path);
    return entry.name.endsWith('.dto.ts') ? [path] : [];
  });
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: unknown }>>;
  components?: { schemas?: Record<string, unknown> };
}

/** The schema names a request body of the service refers to, directly or through other schemas. */
function requestBodySchemas(service: string): Set<string> {
  const document = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'openapi', `${service}.json`), 'utf8')) as OpenApiDocument;
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') {
      const name = ref.split('/').pop() as string;
      if (!seen.has(name)) {
        seen.add(name);
        visit(document.components?.schemas?.[name]);
      }
    }
    for (const value of Object.values(node)) visit(value);
  };
  for (const operations of Object.values(document.paths)) for (const operation of Object.values(operations)) visit(operation.requestBody);
  return seen;
}
