import { trace } from '@opentelemetry/api';
import type { Params } from 'nestjs-pino';

/**
 * Fields that identify or describe a person. Logs never carry their values, wherever they appear
 * in a logged object (top level or up to three levels deep).
 */
export const PERSONAL_FIELDS = [
  'givenName',
  'familyName',
  'name',
  'dateOfBirth',
  'gender',
  'status',
  'residenceMunicipality',
  'email',
  'phone',
  'address',
  'notes',
  'body',
];

/** Parts of database errors that repeat the values of a query (TypeORM `parameters`, PostgreSQL `detail`). */
export const ERROR_DATA_FIELDS = ['parameters', 'detail', 'driverError'];

export function redactionPaths(fields: string[] = [...PERSONAL_FIELDS, ...ERROR_DATA_FIELDS]): string[] {
  return fields.flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`]).concat([
    'req.headers.authorization',
    'req.headers.cookie',
    'res.headers["set-cookie"]',
  ]);
}

/** The active trace and span, so a log line can be found from a trace and the other way round. */
function traceIds(): Record<string, string> {
  const span = trace.getActiveSpan()?.spanContext();
  return span ? { trace_id: span.traceId, span_id: span.spanId } : {};
}

/** Structured JSON logs: one line per event, request ids, no bodies, personal fields redacted. */
export function loggingParams(level: string, service: string, municipality: string): Params {
  return {
    pinoHttp: {
      level,
      base: { service, municipality },
      mixin: traceIds,
      redact: { paths: redactionPaths(), censor: '[redacted]' },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
    },
  };
}
