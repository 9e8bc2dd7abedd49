import fc from 'fast-check';
import { anyJson, POLLUTING_KEYS, spoiled } from './body-arbitraries';
import type { Endpoint, Parameter } from './endpoints';

/** What one run sends: the raw path (already percent-encoded, never normalised), headers, a raw body. */
export interface FuzzRequest {
  method: string;
  path: string;
  contentType?: string;
  body?: Buffer;
  authorized: boolean;
  /** How the request was made, for the report of a failing run. */
  kinds: string[];
}

/** Path segments a router or a database may choke on. */
const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constant('00000000-0000-0000-0000-000000000000'),
  fc.constantFrom('..', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e', 'a%2Fb', '%2F', '%5C..%5C', '%00', '%', '%zz', '%E0%A4%A', 'null', 'undefined', '-1', '0', '1e309', 'NaN'),
  fc.constantFrom(...POLLUTING_KEYS),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map(encodeURIComponent),
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
  fc.integer({ min: 2_000, max: 8_000 }).map((length) => 'a'.repeat(length)),
  fc.uuid().map((uuid) => `${uuid}'--`.replace(/'/g, '%27')),
);

const queryValue = (parameter: Parameter): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom('', '-1', '0', '1', '101', '1e309', 'NaN', 'true', 'abc', '%', '%zz', 'a'.repeat(3000)),
    (parameter.schema.enum?.length ? fc.constantFrom(...parameter.schema.enum.map(String)) : fc.string({ maxLength: 10 })).map(encodeURIComponent),
    fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent),
  );

/** Documented parameters with odd values, repeated (`a=1&a=2`), bracketed (`a[b]=1`), plus keys nobody documented. */
function queryOf(endpoint: Endpoint): fc.Arbitrary<{ text: string; kinds: string[] }> {
  const documented = endpoint.parameters.filter((parameter) => parameter.in === 'query');
  const pair = fc.oneof(
    ...(documented.length ? [fc.constantFrom(...documented).chain((parameter) => queryValue(parameter).map((value) => `${parameter.name}=${value}`))] : []),
    fc.constantFrom(...documented.map((parameter) => parameter.name), 'page', 'x').chain((name) =>
      fc.constantFrom(`${name}=1&${name}=2`, `${name}[a]=1`, `${name}[]=1`, `${name}[__proto__][x]=1`),
    ),
    fc.constantFrom('__proto__[polluted]=1', 'constructor[prototype][polluted]=1', '__proto__.polluted=1'),
    fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`),
  );
  return fc.array(pair, { maxLength: 4 }).map((pairs) => ({ text: pairs.length ? `?${pairs.join('&')}` : '', kinds: pairs.length ? ['query'] : [] }));
}

function pathOf(endpoint: Endpoint): fc.Arbitrary<string> {
  const names = [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
  return fc
    .tuple(...names.map(() => hostileSegment))
    .map((segments) => names.reduce((path, name, index) => path.replace(`{${name}}`, segments[index] as string), endpoint.path));
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value) ?? 'null');

/** A body with the content type it claims (rightly or not). */
function bodyOf(endpoint: Endpoint, bodyLimitBytes: number): fc.Arbitrary<{ contentType?: string; body?: Buffer; kinds: string[] }> {
  const asJson = (arbitrary: fc.Arbitrary<{ value: unknown; kinds: string[] }>) =>
    arbitrary.map(({ value, kinds }) => ({ contentType: 'application/json', body: json(value), kinds }));
  type Body = { contentType?: string; body?: Buffer; kinds: string[] };
  return fc.oneof<fc.MaybeWeightedArbitrary<Body>[]>(
    { weight: 1, arbitrary: fc.constant<Body>({ kinds: ['no-body'] }) },
    { weight: 4, arbitrary: asJson(spoiled(endpoint.body ?? { type: 'object' })) },
    { weight: 2, arbitrary: asJson(anyJson.map((value) => ({ value, kinds: ['any-json'] }))) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('{', '{"a":', '[1,', '{"a":1}}', "{'a':1}", 'nul', '\u0000', '{"a":1,}', '"\\ud800"', '{"__proto__":{"polluted":1}}')
        .map((text) => ({ contentType: 'application/json', body: Buffer.from(text), kinds: ['malformed-json'] })),
    },
    {
      weight: 1,
      arbitrary: fc.constant({ contentType: 'application/json', body: json({ padding: 'x'.repeat(bodyLimitBytes + 1024) }), kinds: ['oversize'] }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=fuzz', 'multipart/form-data', 'application/xml', 'application/json; charset=utf-7', undefined),
          fc.oneof(anyJson.map((value) => JSON.stringify(value) ?? ''), fc.constantFrom('a=1&__proto__[x]=1', '--fuzz\r\nContent-Disposition: form-data; name="file"; filename="../../x"\r\n\r\nhi\r\n--fuzz--\r\n', '--fuzz\r\n\r\n')),
        )
        .map(([contentType, text]) => ({ contentType, body: Buffer.from(text), kinds: [`content-type:${contentType ?? 'none'}`] })),
    },
  );
}

/** Any request to `endpoint`: hostile path parameters, query and body, with a token that may call it or without one. */
export function requestOf(endpoint: Endpoint, bodyLimitBytes: number): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({ path: pathOf(endpoint), query: queryOf(endpoint), body: bodyOf(endpoint, bodyLimitBytes), authorized: fc.nat(4).map((n) => n > 0) })
    .map(({ path, query, body, authorized }) => ({
      method: endpoint.method,
      path: `${path}${query.text}`,
      contentType: body.contentType,
      body: body.body,
      authorized: authorized,
      kinds: [...query.kinds, ...body.kinds, authorized ? 'token' : 'no-token'],
    }));
}
