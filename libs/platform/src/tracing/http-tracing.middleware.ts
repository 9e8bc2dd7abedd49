import type { ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { routeOf, type RoutedRequest } from '../http/route-of';

const tracer = trace.getTracer('tandem-http');

/**
 * A server span per request, continuing the caller's `traceparent`, active while the request is
 * handled so the events it writes carry the trace on. Named by method and route pattern: never the
 * path, which holds ids, nor a body or query.
 */
@Injectable()
export class HttpTracingMiddleware implements NestMiddleware {
  use(request: RoutedRequest, response: ServerResponse, next: () => void): void {
    const parent = propagation.extract(context.active(), request.headers);
    const span = tracer.startSpan(`${request.method ?? 'HTTP'}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method ?? '' } }, parent);
    response.on('finish', () => {
      const route = routeOf(request);
      span.updateName(`${request.method ?? 'HTTP'} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': response.statusCode });
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  }
}
