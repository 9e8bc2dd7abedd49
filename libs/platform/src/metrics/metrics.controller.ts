import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ServiceMetrics } from './service-metrics';

interface TextSink {
  type(contentType: string): unknown;
}

/**
 * Prometheus scrapes this: no personal data, so no token; keep it inside the node's network (the
 * Kubernetes NetworkPolicy lets only the monitoring namespace reach it).
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res({ passthrough: true }) response: TextSink): Promise<string> {
    response.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
