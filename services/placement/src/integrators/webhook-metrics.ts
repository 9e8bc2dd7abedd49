import { Injectable } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { ServiceMetrics } from '@tandem/platform';

/** Webhook delivery on /metrics, read from the delivery log at scrape time, so it survives restarts. */
@Injectable()
export class WebhookMetrics {
  constructor(dataSource: DataSource, metrics: ServiceMetrics) {
    const registers = [metrics.registry];
    const count = async (sql: string): Promise<number> => ((await dataSource.query<Array<{ n: number }>>(sql))[0]?.n ?? 0);
    new Counter({
      name: 'tandem_webhook_delivery_failures_total',
      help: 'Webhook attempts that did not get a 2xx answer (refused, timed out, unreachable)',
      registers,
      async collect() {
        this.reset();
        this.inc(await count(`SELECT count(*)::int AS n FROM webhook_attempts WHERE status_code IS NULL OR status_code NOT BETWEEN 200 AND 299`));
      },
    });
    new Gauge({
      name: 'tandem_webhook_deliveries_pending',
      help: 'Webhook deliveries waiting for their first or next attempt',
      registers,
      async collect() {
        this.set(await count(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'pending'`));
      },
    });
    new Gauge({
      name: 'tandem_webhook_subscriptions_failing',
      help: 'Integrator subscriptions flagged failing after a delivery gave up',
      registers,
      async collect() {
        this.set(await count(`SELECT count(*)::int AS n FROM integrator_subscriptions WHERE failing_since IS NOT NULL`));
      },
    });
  }
}
