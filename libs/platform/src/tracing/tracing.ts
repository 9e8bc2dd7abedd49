import { propagation } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export interface TracingOptions {
  service: string;
  municipality: string;
  /** The process environment: OTEL_EXPORTER_OTLP_ENDPOINT (or _TRACES_ENDPOINT) turns export on. */
  env: Record<string, string | undefined>;
}

/**
 * Traces the process: W3C trace context always, so every request and event carries a `traceparent`
 * (and logs name it) even with nowhere to send spans; spans go to an OTLP collector when one is
 * configured by the standard OTEL_* variables. Call once, before the app is built.
 */
export function startTracing({ service, municipality, env }: TracingOptions): NodeTracerProvider {
  const exporting = Boolean(env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']);
  const spanProcessors: SpanProcessor[] = exporting ? [new BatchSpanProcessor(new OTLPTraceExporter())] : [];
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': `tandem-${service}`, 'service.namespace': municipality }),
    spanProcessors,
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return provider;
}

/** For tests that trace in process with a provider of their own: the propagation the services use. */
export function useTraceContextPropagation(): void {
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
}
