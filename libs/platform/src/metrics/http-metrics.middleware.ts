import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { routeOf, type RoutedRequest } from '../http/route-of';
import { ServiceMetrics } from './service-metrics';

/** Times every request, labelled by its route pattern (never the raw path, which holds ids) and status. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: ServiceMetrics) {}

  use(request: RoutedRequest, response: ServerResponse, next: () => void): void {
    const stop = this.metrics.httpDuration.startTimer();
    response.on('finish', () => {
      stop({ method: request.method ?? 'UNKNOWN', route: routeOf(request), status: response.statusCode });
    });
    next();
  }
}
