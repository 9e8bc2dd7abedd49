import { metricSample, pollUntil, type ServiceTestApp } from '@tandem/devkit';
import { PublicPlacementEndedV1, PublicPlacementStartedV1, PublicWageRecordedV1 } from '@tandem/contracts';
import { daysFromToday } from '../placements/test-support/placement-fixtures';
import { startedPlacement, startIntegratorApp, subscribedIntegrator } from './test-support/integrator-fixtures';
import { verifies, WebhookReceiver } from './test-support/webhook-receiver';

describe('webhook delivery', () => {
  let receiver: WebhookReceiver;
  let placement: ServiceTestApp;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    placement = await startIntegratorApp(receiver);
  });
  afterAll(async () => {
    await placement?.stop();
    await receiver?.stop();
  });

  const arrived = (path: string, count: number) =>
    pollUntil(`${count} webhooks at ${path}`, async () => receiver.at(path), (received) => received.length >= count, { timeoutMs: 15_000, intervalMs: 50 });
  const deliveries = async (client: Awaited<ReturnType<ServiceTestApp['as']>>, id: string) => (await client.get(`/subscriptions/${id}/deliveries`)).body;

  it('sends each matching event once, signed, in its public and minimised form, in order', async () => {
    const { subscription } = await subscribedIntegrator(placement, { url: receiver.url('/each'), filter: { occupationPrefix: '2511' } }, {
      eventTypes: [PublicPlacementStartedV1.type, PublicPlacementEndedV1.type, PublicWageRecordedV1.type],
      fields: ['occupation', 'endedOn'],
    });
    await startedPlacement(placement, '7212');
    const { client, placementId, participantId } = await startedPlacement(placement, '2511');
    await client.post(`/placements/${placementId}/end`).send({ endedOn: daysFromToday(0), reason: 'resigned' });

    const received = await arrived('/each', 3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.at('/each')).toHaveLength(3);
    expect(received.map((webhook) => webhook.body.type)).toEqual([PublicPlacementStartedV1.type, PublicWageRecordedV1.type, PublicPlacementEndedV1.type]);
    expect(received.every((webhook) => verifies(webhook, subscription.secret))).toBe(true);
    expect(new Set(received.map((webhook) => webhook.id)).size).toBe(3);
    const [started, wage, ended] = received.map((webhook) => webhook.body.data);
    expect(started).toEqual({ placement: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), occupation: '2511' });
    expect(wage).toEqual({ placement: started.placement });
    expect(ended).toEqual({ placement: started.placement, endedOn: daysFromToday(0) });
    expect(JSON.stringify(received.map((webhook) => webhook.raw))).not.toMatch(new RegExp(`${placementId}|${participantId}`));
    expect(received[0].body.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(Math.abs(received[0].timestamp - Date.now() / 1000)).toBeLessThan(30);
  });

  it('retries a receiver that fails with growing waits, and delivers exactly once by webhook-id', async () => {
    const { client, subscription } = await subscribedIntegrator(placement, { url: receiver.url('/flaky'), eventTypes: [PublicPlacementStartedV1.type], filter: { occupationPrefix: '2512' } });
    receiver.failNext('/flaky', [500, 500, 500]);
    await startedPlacement(placement, '2512');

    const received = await arrived('/flaky', 4);
    expect(new Set(received.map((webhook) => webhook.id)).size).toBe(1);
    expect(received.every((webhook) => verifies(webhook, subscription.secret))).toBe(true);
    const [log] = await pollUntil('delivered', () => deliveries(client, subscription.id), ([delivery]) => delivery?.status === 'delivered');
    expect(log).toMatchObject({ webhookId: received[0].id, type: PublicPlacementStartedV1.type, nextAttemptAt: null });
    expect(log.attempts.map((attempt: { statusCode: number }) => attempt.statusCode)).toEqual([500, 500, 500, 200]);
    const times = log.attempts.map((attempt: { attemptedAt: string }) => Date.parse(attempt.attemptedAt));
    expect(times[3] - times[2]).toBeGreaterThan(times[1] - times[0]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.at('/flaky')).toHaveLength(4);
    expect((await client.get(`/subscriptions/${subscription.id}`)).body.failing).toBe(false);
  });

  it('gives up after the retry window, flags the subscription failing, and clears the flag on the next success', async () => {
    const { client, subscription } = await subscribedIntegrator(placement, { url: receiver.url('/down'), eventTypes: [PublicPlacementStartedV1.type], filter: { occupationPrefix: '2513' } });
    receiver.failNext('/down', Array(10).fill(503));
    await startedPlacement(placement, '2513');

    const [failed] = await pollUntil('given up', () => deliveries(client, subscription.id), ([delivery]) => delivery?.status === 'failed', { timeoutMs: 15_000 });
    expect(failed.attempts.map((attempt: { statusCode: number }) => attempt.statusCode)).toEqual([503, 503, 503, 503]);
    expect(failed.attempts.at(-1).nextAttemptAt).toBeNull();
    expect((await client.get(`/subscriptions/${subscription.id}`)).body).toMatchObject({ failing: true, failingSince: expect.any(String) });
    const metrics = (await placement.client('').get('/metrics')).text;
    expect(metricSample(metrics, 'tandem_webhook_delivery_failures_total')).toBeGreaterThanOrEqual(4);
    expect(metricSample(metrics, 'tandem_webhook_subscriptions_failing')).toBeGreaterThanOrEqual(1);

    receiver.failNext('/down', []);
    await startedPlacement(placement, '2513');
    await pollUntil('failing cleared', async () => (await client.get(`/subscriptions/${subscription.id}`)).body, (view) => view.failing === false);
  });

  it('queues while paused and sends on resume', async () => {
    const { client, subscription } = await subscribedIntegrator(placement, { url: receiver.url('/paused'), eventTypes: [PublicPlacementStartedV1.type], filter: { occupationPrefix: '2514' } });
    expect((await client.post(`/subscriptions/${subscription.id}/pause`)).body.status).toBe('paused');
    await startedPlacement(placement, '2514');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(receiver.at('/paused')).toHaveLength(0);

    expect((await client.post(`/subscriptions/${subscription.id}/resume`)).body.status).toBe('active');
    expect(await arrived('/paused', 1)).toHaveLength(1);
  });

  it('replays history since a time with the original webhook-id, and nothing from before it', async () => {
    const { client, subscription } = await subscribedIntegrator(placement, { url: receiver.url('/replay'), eventTypes: [PublicPlacementStartedV1.type], filter: { occupationPrefix: '2515' } });
    await startedPlacement(placement, '2515');
    const [first] = await arrived('/replay', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const between = new Date().toISOString();
    await startedPlacement(placement, '2515');
    const [, second] = await arrived('/replay', 2);

    const replayed = await client.post(`/subscriptions/${subscription.id}/replay?from=${encodeURIComponent(between)}`);
    expect([replayed.status, replayed.body]).toEqual([202, { queued: 1 }]);
    const all = await arrived('/replay', 3);
    expect(all[2].id).toBe(second.id);
    expect(all[2].body).toEqual(second.body);
    expect(verifies(all[2], subscription.secret)).toBe(true);
    expect(all.map((webhook) => webhook.id)).toEqual([first.id, second.id, second.id]);
  });

  it('signs with both secrets for a day after a rotation', async () => {
    const { client, subscription } = await subscribedIntegrator(placement, { url: receiver.url('/rotated'), eventTypes: [PublicPlacementStartedV1.type], filter: { occupationPrefix: '2516' } });
    const rotated = await client.post(`/subscriptions/${subscription.id}/rotate-secret`);
    expect(rotated.body).toMatchObject({ secret: expect.stringMatching(/^whsec_/), previousSecretValidUntil: expect.any(String) });
    expect(rotated.body.secret).not.toBe(subscription.secret);
    await startedPlacement(placement, '2516');
    const [webhook] = await arrived('/rotated', 1);
    expect([verifies(webhook, rotated.body.secret), verifies(webhook, subscription.secret)]).toEqual([true, true]);
  });

  it("holds a placement's later event until the earlier one is delivered", async () => {
    await subscribedIntegrator(placement, { url: receiver.url('/ordered'), filter: { occupationPrefix: '2517' } });
    receiver.failNext('/ordered', [500, 500]);
    await startedPlacement(placement, '2517');
    const received = await arrived('/ordered', 4);
    expect(received.map((webhook) => webhook.body.type)).toEqual([
      PublicPlacementStartedV1.type,
      PublicPlacementStartedV1.type,
      PublicPlacementStartedV1.type,
      PublicWageRecordedV1.type,
    ]);
  });

  it('checks the address again before each attempt, and never calls one that is not public', async () => {
    const { client, subscription } = await subscribedIntegrator(placement, { url: receiver.url('/moved'), eventTypes: [PublicPlacementStartedV1.type], filter: { occupationPrefix: '2518' } });
    // As if the subscription's host now resolved to loopback on a port nobody allow-listed.
    const [, port] = receiver.hostPort.split(':');
    await placement.dataSource.query('UPDATE integrator_subscriptions SET url = $2 WHERE id = $1', [subscription.id, `https://localhost:${port}/moved`]);
    await startedPlacement(placement, '2518');
    const [log] = await pollUntil('refused attempt', () => deliveries(client, subscription.id), ([delivery]) => delivery?.attempts.length > 0);
    expect(log.attempts[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/^url host localhost resolves to .+, which is not a public address$/) });
    expect(receiver.at('/moved')).toEqual([]);
  });
});
