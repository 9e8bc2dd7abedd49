import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ReferralReceivedV1, ReferralSentV1 } from '@tandem/contracts';
import { pollUntil } from '@tandem/devkit';
import { IntakeTestApp } from './test-support/intake-test-app';
import { CANARY, participantReadyForReferral, sendReferral, statusOn } from './test-support/referral-fixtures';

describe('tracing', () => {
  const exporter = new InMemorySpanExporter();
  let de: IntakeTestApp;
  let pl: IntakeTestApp;

  beforeAll(async () => {
    // The services' own tracer setup, with spans kept in memory instead of sent to a collector.
    new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).register({ propagator: new W3CTraceContextPropagator() });
    [de, pl] = await IntakeTestApp.startPair();
  });
  afterAll(() => Promise.all([de?.stop(), pl?.stop()]));

  const consumerSpan = (type: string, traceId: string) => (spans: ReadableSpan[]) =>
    spans.find((span) => span.name === `process ${type}` && span.spanContext().traceId === traceId);

  it("follows one referral from DE's POST /referrals through PL's inbox and back as one trace, with no personal data", async () => {
    const { participant } = await participantReadyForReferral(de);
    const { id } = await sendReferral(de, pl, participant.id);
    await statusOn(de, id, 'received');

    const request = exporter.getFinishedSpans().find((span) => span.name === 'POST /referrals');
    expect(request?.attributes).toMatchObject({ 'http.route': '/referrals', 'http.response.status_code': 201 });
    const traceId = request!.spanContext().traceId;

    const all = await pollUntil('both nodes’ consumer spans', async () => exporter.getFinishedSpans(), (spans) =>
      Boolean(consumerSpan(ReferralSentV1.type, traceId)(spans) && consumerSpan(ReferralReceivedV1.type, traceId)(spans)),
    );
    const received = consumerSpan(ReferralSentV1.type, traceId)(all)!;
    expect(received.attributes).toMatchObject({ 'messaging.destination.name': `xb.${pl.municipality}.inbox.v1`, 'messaging.consumer.group.name': 'exchange-inbox' });

    const recorded = JSON.stringify(all.map((span) => ({ name: span.name, attributes: span.attributes })));
    for (const personal of [participant.id, participant.givenName, CANARY, id]) expect(recorded).not.toContain(personal);
  });
});
