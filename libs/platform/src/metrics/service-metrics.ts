import type { OnApplicationShutdown } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { ConsumerStats, RelayStats } from '@tandem/messaging';
import { consumerLag } from './consumer-lag';

/** A consuming inbox as the metrics see it: its counters, and its group's place in its topics. */
export interface WatchedInbox {
  name: string;
  groupId: string;
  topics: string[];
  stats: () => ConsumerStats | undefined;
}

type Labels = Record<string, string | number>;

/**
 * The Prometheus metrics of one service's app, in a registry of its own (several apps share a test
 * process). Counters the messaging code already keeps are read at scrape time; the outbox backlog
 * and consumer lag are measured then too, so they are right after a restart. No label carries an
 * id or anything personal: routes are patterns, inboxes and topics are names.
 */
export class ServiceMetrics implements OnApplicationShutdown {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  private readonly inboxes: WatchedInbox[] = [];
  private relayStats?: () => RelayStats | undefined;
  private admin?: Admin;

  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: Kafka,
    labels: { service: string; municipality: string },
  ) {
    this.registry.setDefaultLabels(labels);
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'tandem_http_request_duration_seconds',
      help: 'HTTP request latency by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.outboxGauges();
    this.relayCounter('tandem_outbox_published_total', 'Outbox rows the relay published to Kafka', (stats) => stats.published);
    this.relayCounter('tandem_outbox_publish_failures_total', 'Relay batches that failed and were retried', (stats) => stats.failures);
    this.inboxCounter('tandem_inbox_applied_total', 'Events an inbox applied', (stats) => stats.applied);
    this.inboxCounter('tandem_inbox_duplicates_skipped_total', 'Redelivered events an inbox had already applied and skipped', (stats) => stats.duplicates);
    this.inboxCounter('tandem_inbox_dead_lettered_total', 'Records an inbox sent to its dead-letter topic', (stats) => stats.deadLettered);
    this.inboxCounter('tandem_inbox_retries_total', 'Handler attempts an inbox retried after a transient failure', (stats) => stats.retries);
    this.lagGauge();
  }

  watchRelay(stats: () => RelayStats | undefined): void {
    this.relayStats = stats;
  }

  watchInbox(inbox: WatchedInbox): void {
    this.inboxes.push(inbox);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect();
  }

  private outboxGauges(): void {
    const unsent = async () => {
      const [row] = await this.dataSource.query<Array<{ backlog: number; oldest: number | null }>>(
        `SELECT count(*)::int AS backlog, extract(epoch FROM now() - min(created_at))::float8 AS oldest FROM outbox WHERE sent_at IS NULL`,
      );
      return row ?? { backlog: 0, oldest: null };
    };
    new Gauge({
      name: 'tandem_outbox_backlog',
      help: 'Committed outbox rows not yet published',
      registers: [this.registry],
      async collect() {
        this.set((await unsent()).backlog);
      },
    });
    new Gauge({
      name: 'tandem_outbox_oldest_unsent_age_seconds',
      help: 'Age of the oldest unpublished outbox row; 0 when none waits',
      registers: [this.registry],
      async collect() {
        this.set((await unsent()).oldest ?? 0);
      },
    });
  }

  private relayCounter(name: string, help: string, value: (stats: RelayStats) => number): void {
    const relay = () => this.relayStats?.();
    new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.reset();
        const stats = relay();
        if (stats) this.inc(value(stats));
      },
    });
  }

  private inboxCounter(name: string, help: string, value: (stats: ConsumerStats) => number): void {
    const inboxes = this.inboxes;
    new Counter({
      name,
      help,
      labelNames: ['inbox'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const inbox of inboxes) {
          const stats = inbox.stats();
          if (stats) this.inc({ inbox: inbox.name }, value(stats));
        }
      },
    });
  }

  private lagGauge(): void {
    const measure = async (): Promise<Array<{ labels: Labels; lag: number }>> => {
      if (this.inboxes.length === 0) return [];
      this.admin ??= this.kafka.admin();
      await this.admin.connect();
      const admin = this.admin;
      const measured = await Promise.all(this.inboxes.map(async (inbox) => (await consumerLag(admin, inbox.groupId, inbox.topics)).map((entry) => ({ inbox: inbox.name, ...entry }))));
      return measured.flat().map(({ lag, ...labels }) => ({ labels, lag }));
    };
    new Gauge({
      name: 'tandem_consumer_lag',
      help: 'Records in a partition that an inbox has not yet committed',
      labelNames: ['inbox', 'topic', 'partition'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { labels, lag } of await measure()) this.set(labels, lag);
      },
    });
  }
}
