import type { ServiceTestApp } from '@tandem/devkit';
import { PublicPlacementEndedV1, PublicPlacementStartedV1 } from '@tandem/contracts';
import { ADMIN, ALL_TYPES, newIntegrator, startIntegratorApp, subscribedIntegrator } from './test-support/integrator-fixtures';
import { WebhookReceiver } from './test-support/webhook-receiver';

describe('subscriptions API', () => {
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

  const rows = () => Promise.all(['integrator_subscriptions', 'integrator_allowances', 'audit_log'].map((table) => placement.count(table)));

  async function allowed(eventTypes = [PublicPlacementStartedV1.type], fields: string[] = []) {
    const subject = newIntegrator();
    const admin = await placement.as(ADMIN.roles, ADMIN.subject);
    expect((await admin.put(`/integrators/${subject}/allowance`).send({ eventTypes, fields })).status).toBe(200);
    return { subject, client: await placement.as(['integrator'], subject) };
  }

  it('subscribes with a secret shown once, lists and reads the caller’s own, and audits every read and write', async () => {
    const { subscription, client } = await subscribedIntegrator(placement, { url: receiver.url('/api'), filter: { types: ['job', 'internship'], occupationPrefix: '72' } });
    expect(subscription).toMatchObject({ url: receiver.url('/api'), eventTypes: ALL_TYPES, status: 'active', failing: false, filter: { types: ['job', 'internship'], occupationPrefix: '72' } });
    expect(Buffer.from(subscription.secret.replace(/^whsec_/, ''), 'base64').length).toBeGreaterThanOrEqual(24);

    const read = await client.get(`/subscriptions/${subscription.id}`);
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty('secret');
    expect((await client.get('/subscriptions')).body).toEqual([read.body]);
    expect(JSON.stringify((await client.get('/subscriptions')).body)).not.toContain(subscription.secret);
    expect((await client.post(`/subscriptions/${subscription.id}/pause`)).body.status).toBe('paused');
    expect((await client.delete(`/subscriptions/${subscription.id}`)).status).toBe(204);
    expect((await client.get(`/subscriptions/${subscription.id}`)).status).toBe(404);

    const audit = await placement.dataSource.query(`SELECT action, purpose FROM audit_log WHERE resource_id = $1 ORDER BY id`, [subscription.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['subscribe', 'read', 'read', 'read', 'pause', 'delete']);
    expect(new Set(audit.map((row: { purpose: string }) => row.purpose))).toEqual(new Set(['integrator-webhooks']));
  });

  it('refuses an integrator without an allowance with 403, and event types beyond it with 400, writing nothing', async () => {
    const stranger = await placement.as(['integrator'], newIntegrator());
    const before = await rows();
    const refused = await stranger.post('/subscriptions').send({ url: receiver.url('/x'), eventTypes: [PublicPlacementStartedV1.type] });
    expect([refused.status, refused.body.message]).toEqual([403, 'no allowance: a node admin must first set which events and fields you may receive']);
    const { client } = await allowed();
    const beyond = await client.post('/subscriptions').send({ url: receiver.url('/x'), eventTypes: [PublicPlacementStartedV1.type, PublicPlacementEndedV1.type] });
    expect([beyond.status, beyond.body.fields]).toEqual([400, { eventTypes: [`not within your allowance: ${PublicPlacementEndedV1.type}`] }]);
    const [subscriptions] = await rows();
    expect(subscriptions).toBe(before[0]);
  });

  it.each([
    ['a loopback address not allow-listed', 'https://127.0.0.1:9/hook', /resolves to 127\.0\.0\.1, which is not a public address/],
    ['a private address', 'https://10.0.0.7/hook', /resolves to 10\.0\.0\.7/],
    ['the cloud metadata address', 'https://169.254.169.254/latest', /resolves to 169\.254\.169\.254/],
    ['an IPv6 loopback', 'https://[::1]:8443/hook', /resolves to ::1/],
    ['a name for loopback', 'https://localhost:9/hook', /not a public address/],
    ['plain http to a host not allow-listed', 'http://hooks.example.org/hook', /url must use https/],
    ['the allow-listed host on another port', 'http://127.0.0.1:9/hook', /url must use https/],
  ])('refuses %s with 400 and writes nothing', async (_case, url, message) => {
    const { client } = await allowed();
    const before = await rows();
    const refused = await client.post('/subscriptions').send({ url, eventTypes: [PublicPlacementStartedV1.type] });
    expect(refused.status).toBe(400);
    expect(refused.body.fields.url).toEqual([expect.stringMatching(message)]);
    expect(await rows()).toEqual(before);
  });

  it.each([
    ['no url', { eventTypes: [PublicPlacementStartedV1.type] }, 'url'],
    ['an unknown event type', { url: 'https://hooks.example.org/', eventTypes: ['tandem.placement.placement-started.v1'] }, 'eventTypes'],
    ['no event types', { url: 'https://hooks.example.org/', eventTypes: [] }, 'eventTypes'],
    ['a placement type that does not exist', { url: 'https://hooks.example.org/', eventTypes: [PublicPlacementStartedV1.type], filter: { types: ['gig'] } }, 'filter.types'],
    ['an occupation prefix that is not ISCO digits', { url: 'https://hooks.example.org/', eventTypes: [PublicPlacementStartedV1.type], filter: { occupationPrefix: '72a' } }, 'filter.occupationPrefix'],
    ['an unknown field', { url: 'https://hooks.example.org/', eventTypes: [PublicPlacementStartedV1.type], secret: 'whsec_mine' }, 'secret'],
  ])('refuses a subscription with %s, naming the field, and writes nothing', async (_case, body, field) => {
    const { client } = await allowed();
    const before = await rows();
    const refused = await client.post('/subscriptions').send(body);
    expect([refused.status, Object.keys(refused.body.fields)]).toEqual([400, [field]]);
    expect(await rows()).toEqual(before);
  });

  it('lets only an admin set an allowance, of known event types and fields', async () => {
    const admin = await placement.as(ADMIN.roles, ADMIN.subject);
    const before = await rows();
    const unknown = await admin.put('/integrators/integrator-x/allowance').send({ eventTypes: ['tandem.placement.placement-started.v1'], fields: ['participantId'] });
    expect([unknown.status, Object.keys(unknown.body.fields)]).toEqual([400, ['eventTypes', 'fields']]);
    const integrator = await placement.as(['integrator'], 'integrator-x');
    expect((await integrator.put('/integrators/integrator-x/allowance').send({ eventTypes: ALL_TYPES, fields: [] })).status).toBe(403);
    expect(await rows()).toEqual(before);
  });

  it("treats another integrator's subscription as not there: 404 on every route, nothing changed", async () => {
    const { subscription, client } = await subscribedIntegrator(placement, { url: receiver.url('/mine') });
    const other = (await subscribedIntegrator(placement, { url: receiver.url('/theirs') })).client;
    const id = subscription.id;
    const attempts = [
      other.get(`/subscriptions/${id}`),
      other.get(`/subscriptions/${id}/deliveries`),
      other.post(`/subscriptions/${id}/pause`),
      other.post(`/subscriptions/${id}/resume`),
      other.post(`/subscriptions/${id}/rotate-secret`),
      other.post(`/subscriptions/${id}/replay?from=2020-01-01T00:00:00Z`),
      other.delete(`/subscriptions/${id}`),
    ];
    for (const attempt of attempts) expect((await attempt).status).toBe(404);
    expect((await other.get('/subscriptions')).body.map((view: { id: string }) => view.id)).not.toContain(id);
    expect((await client.get(`/subscriptions/${id}`)).body).toMatchObject({ status: 'active', previousSecretValidUntil: null });
  });

  it('refuses a replay without a date-time', async () => {
    const { subscription, client } = await subscribedIntegrator(placement, { url: receiver.url('/replay-input') });
    for (const from of ['', 'yesterday', '2027-01-01']) {
      const refused = await client.post(`/subscriptions/${subscription.id}/replay?from=${from}`);
      expect([refused.status, Object.keys(refused.body.fields)]).toEqual([400, ['from']]);
    }
  });
});
