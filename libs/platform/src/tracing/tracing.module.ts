import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { HttpTracingMiddleware } from './http-tracing.middleware';

/** Spans for HTTP requests; the tracer provider itself is the process's, started by runService. */
@Module({})
export class TracingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpTracingMiddleware).forRoutes('*');
  }
}
