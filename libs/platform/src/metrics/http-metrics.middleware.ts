import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ServiceMetrics } from './service-metrics';

/** The request as Express leaves it: the matched route's pattern, under the router's mount path. */
interface RoutedRequest extends IncomingMessage {
  route?: { path?: string };
  baseUrl?: string;
}

/** Times every request, labelled by its route pattern (never the raw path, which holds ids) and status. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: ServiceMetrics) {}

  use(request: RoutedRequest, response: ServerResponse, next: () => void): void {
    const stop = this.metrics.httpDuration.startTimer();
    response.on('finish', () => {
      const pattern = request.route?.path;
      stop({ method: request.method ?? 'UNKNOWN', route: pattern ? `${request.baseUrl ?? ''}${pattern}` : 'unmatched', status: response.statusCode });
    });
    next();
  }
}
