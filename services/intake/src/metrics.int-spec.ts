import { exchangeInboxTopic } from '@tandem/contracts';
import { harnessKafka, metricSample as sample, pollUntil, publishRaw } from '@tandem/devkit';
import { OutboxRelayRunner } from '@tandem/platform';
import { IntakeTestApp } from './test-support/intake-test-app';
import { as, olena } from './test-support/referral-fixtures';

describe('metrics', () => {
  let intake: IntakeTestApp;

  beforeAll(async () => {
    intake = await IntakeTestApp.start();
  });
  afterAll(() => intake?.stop());

  const scrape = async (): Promise<string> => {
    const response = await intake.client('').get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    return response.text;
  };

  it('shows the outbox backlog and the age of its oldest row, and both go to 0 once the relay drains it', async () => {
    const relay = intake.app.get(OutboxRelayRunner);
    await relay.onApplicationShutdown();
    const caseworker = await as(intake);
    const before = sample(await scrape(), 'tandem_outbox_backlog') ?? 0;
    for (let i = 0; i < 3; i++) await caseworker.post('/participants', olena).expect(201);
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const waiting = await scrape();
    const backlog = sample(waiting, 'tandem_outbox_backlog') as number;
    expect(backlog).toBeGreaterThanOrEqual(before + 3);
    expect(sample(waiting, 'tandem_outbox_oldest_unsent_age_seconds')).toBeGreaterThanOrEqual(1);

    await relay.onApplicationBootstrap();
    const drained = await pollUntil('outbox drained', scrape, (text) => sample(text, 'tandem_outbox_backlog') === 0);
    expect(sample(drained, 'tandem_outbox_oldest_unsent_age_seconds')).toBe(0);
    expect(sample(drained, 'tandem_outbox_published_total')).toBeGreaterThanOrEqual(backlog);
  });

  it('times requests by route pattern and status, never by a path that holds an id', async () => {
    const caseworker = await as(intake);
    const { body: participant } = await caseworker.post('/participants', olena).expect(201);
    await caseworker.get(`/participants/${participant.id}`).expect(200);
    await intake.client('').get(`/participants/${participant.id}`).expect(401);

    const text = await scrape();
    expect(sample(text, 'tandem_http_request_duration_seconds_count', 'method="GET",route="/participants/:id",status="200"')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'tandem_http_request_duration_seconds_count', 'method="GET",route="/participants/:id",status="401"')).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(participant.id);
    expect(text).not.toContain(olena.familyName);
  });

  it('counts what the exchange inbox dead-lettered, and its consumer lag per partition returns to 0', async () => {
    const exchange = 'inbox="exchange-inbox"';
    await pollUntil('exchange inbox lag measured', scrape, (text) => sample(text, 'tandem_consumer_lag', exchange) !== undefined);
    const kafka = harnessKafka(intake.config.KAFKA_BROKERS, 'metrics-test');
    await publishRaw(kafka, exchangeInboxTopic(intake.municipality), [{ key: 'k', value: 'not a signed message', headers: {} }]);

    const text = await pollUntil('the unsigned record dead-lettered', scrape, (found) => sample(found, 'tandem_inbox_dead_lettered_total', exchange) === 1);
    const lags = text.split('\n').filter((line) => line.startsWith('tandem_consumer_lag{') && line.includes(exchange));
    expect(lags.length).toBeGreaterThan(0);
    expect(lags.every((line) => line.endsWith(' 0'))).toBe(true);
    expect(sample(text, 'tandem_inbox_applied_total', exchange)).toBe(0);
  });
});
