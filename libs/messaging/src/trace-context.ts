import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { CloudEvent } from '@tandem/contracts';

const tracer = () => trace.getTracer('tandem-messaging');

/** The W3C `traceparent` of the active span, for an event to carry; undefined when nothing traces. */
export function activeTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier['traceparent'];
}

/**
 * Runs `work` in a consumer span that continues the trace the event carries, so whatever the work
 * writes to the outbox carries it on. Attributes name the event type and topic only: no ids of people.
 */
export function inConsumerSpan<T>(event: CloudEvent, topic: string, consumer: string, work: () => Promise<T>): Promise<T> {
  const parent = event.traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent: event.traceparent }) : ROOT_CONTEXT;
  const attributes = { 'messaging.system': 'kafka', 'messaging.destination.name': topic, 'messaging.consumer.group.name': consumer, 'cloudevents.event_type': event.type };
  return tracer().startActiveSpan(`process ${event.type}`, { kind: SpanKind.CONSUMER, attributes }, parent, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  });
}
