import { pollUntil, type ServiceTestApp } from '@tandem/devkit';
import { PublicPlacementStartedV1 } from '@tandem/contracts';
import { startedPlacement, startIntegratorApp, subscribedIntegrator } from './test-support/integrator-fixtures';
import { verifies, WebhookReceiver } from './test-support/webhook-receiver';

/** Stops the service but keeps its database: the later `stop()` then only drops the database. */
async function stopServiceOnly(test: ServiceTestApp): Promise<void> {
  await test.app.close();
  // Nest's application proxy ignores assignment; defining the property reaches the application itself.
  Object.defineProperty(test.app, 'close', { value: async () => undefined, configurable: true, writable: true });
}

describe('webhook delivery across a restart', () => {
  let receiver: WebhookReceiver;
  let first: ServiceTestApp;
  let second: ServiceTestApp | undefined;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    first = await startIntegratorApp(receiver);
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await receiver?.stop();
  });

  it('still delivers an event whose first attempts failed before the service stopped', async () => {
    const { subject, subscription } = await subscribedIntegrator(first, { url: receiver.url('/restart'), eventTypes: [PublicPlacementStartedV1.type] });
    receiver.failNext('/restart', [500, 500, 500, 500]);
    await startedPlacement(first, '7212');
    await pollUntil('two failed attempts', async () => receiver.at('/restart'), (received) => received.length >= 2, { intervalMs: 20 });
    await stopServiceOnly(first);
    const failedBefore = receiver.at('/restart').length;
    receiver.failNext('/restart', []);

    // The same database and keys: the queued delivery is all that carries the event over.
    second = await startIntegratorApp(receiver, first.settings);
    const received = await pollUntil('delivered after restart', async () => receiver.at('/restart'), (all) => all.length > failedBefore, { timeoutMs: 15_000 });
    expect(new Set(received.map((webhook) => webhook.id)).size).toBe(1);
    expect(verifies(received.at(-1)!, subscription.secret)).toBe(true);
    const client = second.client(await first.token(['integrator'], subject));
    const [log] = (await client.get(`/subscriptions/${subscription.id}/deliveries`)).body;
    expect(log.status).toBe('delivered');
    expect(log.attempts.at(-1).statusCode).toBe(200);
  });
});
