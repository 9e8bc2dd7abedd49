import fc from 'fast-check';
import type { Schema } from './endpoints';

/** Keys that pollute a prototype when a server merges input into an object carelessly. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'];

const WRONG_TYPES: unknown[] = [123, -1, 1e308, true, null, [], {}, 'text', [null], { $ne: null }];

/** Sets `key` as an own, enumerable property, even `__proto__`, so JSON.stringify writes it. */
function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

const unicode = fc.string({ unit: 'grapheme', maxLength: 40 });
const binary = fc.string({ unit: 'binary', maxLength: 40 });

/** A value that fits `schema` as far as its type goes (so that the handler, not only the pipe, gets to see input). */
export function shaped(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
      if (schema.format === 'date') return fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
      return fc.oneof(fc.string({ maxLength: 30 }), unicode);
    case 'integer':
      return fc.integer({ min: -5, max: 1000 });
    case 'number':
      return fc.double({ noNaN: true, min: -1e6, max: 1e6 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(shaped(schema.items ?? {}, depth + 1), { maxLength: 3 });
    default:
      if (!schema.properties || depth > 3) return fc.jsonValue({ maxDepth: 2 });
      return fc.record(
        Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, shaped(value, depth + 1)])),
        { requiredKeys: schema.required ?? [] },
      );
  }
}

/** `value` nested `depth` objects or arrays deep. */
const nested = (depth: number, asArray: boolean, value: unknown): unknown => {
  let result = value;
  for (let level = 0; level < depth; level += 1) result = asArray ? [result] : { a: result };
  return result;
};

type Mutation = (body: Record<string, unknown>, key: string) => Record<string, unknown>;

/** One way of spoiling a schema-shaped body, aimed at one of its fields. */
const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.constant({ name: 'missing-field', apply: ((body, key) => (delete body[key], body)) as Mutation }),
  fc.constantFrom(...WRONG_TYPES).map((wrong) => ({ name: 'wrong-type', apply: ((body, key) => withKey(body, key, wrong)) as Mutation })),
  fc.tuple(fc.constantFrom(...POLLUTING_KEYS, 'extra', 'isAdmin', 'id', 'municipality'), fc.jsonValue({ maxDepth: 2 })).map(([extra, value]) => ({
    name: 'extra-field',
    apply: ((body) => withKey(body, extra, extra === '__proto__' ? { polluted: true, ...(value as object) } : value)) as Mutation,
  })),
  fc.integer({ min: 10_000, max: 60_000 }).map((length) => ({ name: 'huge-string', apply: ((body, key) => withKey(body, key, 'x'.repeat(length))) as Mutation })),
  fc.tuple(fc.integer({ min: 50, max: 2000 }), fc.boolean()).map(([depth, asArray]) => ({
    name: 'deep-nesting',
    apply: ((body, key) => withKey(body, key, nested(depth, asArray, 1))) as Mutation,
  })),
  fc.oneof(unicode, binary).map((text) => ({ name: 'unicode', apply: ((body, key) => withKey(body, key, text)) as Mutation })),
);

/** A body shaped like `schema` with one to three fields spoiled (or none: valid-looking input must not break the server either). */
export function spoiled(schema: Schema): fc.Arbitrary<{ value: unknown; kinds: string[] }> {
  const keys = Object.keys(schema.properties ?? {});
  return fc
    .tuple(shaped({ ...schema, type: schema.type ?? 'object' }), fc.array(fc.tuple(mutation, fc.constantFrom('extra', ...keys)), { maxLength: 3 }))
    .map(([value, mutations]) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return { value, kinds: ['shaped'] };
      const body = { ...(value as Record<string, unknown>) };
      for (const [{ apply }, key] of mutations) apply(body, key);
      return { value: body, kinds: ['shaped', ...mutations.map(([{ name }]) => name)] };
    });
}

/** Arbitrary JSON, unrelated to the schema. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.object({ maxDepth: 3, withNullPrototype: false }));
