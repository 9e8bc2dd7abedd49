import type { FuzzRequest } from './request-arbitraries';
import type { FuzzResponse } from './send';

/** What no answer may show a caller: stack frames, source paths, database errors, SQL. */
const INTERNALS: Array<[string, RegExp]> = [
  ['stack frame', /\bat [\w$.<> ]+ \(?[^()\s]+:\d+:\d+\)?/],
  ['source path', /(\/src\/|\/dist\/|node_modules|\/work\/|\.ts:\d+|\.js:\d+)/],
  ['database error', /(QueryFailedError|EntityNotFound|EntityPropertyNotFound|TypeORMError|duplicate key|violates .* constraint|invalid input syntax|syntax error at|relation ".*" does not exist|column ".*" does not exist)/i],
  ['sql', /\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b/i],
  ['runtime error', /\b(TypeError|ReferenceError|RangeError|SyntaxError|Cannot read propert|is not a function|is not iterable)\b/],
  ['html error page', /<pre>|<!DOCTYPE html>/i],
];

/** Internals the response shows that the request did not put there itself (an error may quote the caller's own input back). */
export function leaksIn(response: FuzzResponse, fuzz: FuzzRequest): string[] {
  const sent = `${decodeSafely(fuzz.path)} ${fuzz.path} ${fuzz.body?.toString('utf8') ?? ''}`;
  return INTERNALS.flatMap(([what, pattern]) => {
    const match = pattern.exec(response.text);
    return match && !sent.includes(match[0]) ? [`${what}: ${match[0].slice(0, 120)}`] : [];
  });
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The response of one failing run, for the report: status, kinds, and the start of each side. */
export function summary(fuzz: FuzzRequest, response: FuzzResponse): string {
  return `${fuzz.method} ${fuzz.path.slice(0, 200)} [${fuzz.kinds.join(', ')}] ${fuzz.contentType ?? '(no content type)'} body=${(fuzz.body?.toString('utf8') ?? '').slice(0, 200)} -> ${response.status} ${response.text.slice(0, 300)}`;
}
