import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import { PlacementConfig } from '../config';
import { claimDeliveries } from './claim-deliveries';
import { DeliverWebhook } from './deliver-webhook';

/** Deliveries one round sends at most, in parallel: each is of a different subscription or placement. */
const BATCH = 20;

/**
 * Sends due webhook deliveries for as long as the app runs. At least once: a receiver dedupes by
 * `webhook-id`. Several instances may run; each claims different rows.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private started = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private round: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliver: DeliverWebhook,
    private readonly config: PlacementConfig,
    private readonly logger: PinoLogger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    logger.setContext('WebhookDispatcher');
  }

  /** A connected microservice (the inbox transport) bootstraps the same modules again: one loop only. */
  onApplicationBootstrap(): void {
    if (this.started) return;
    this.started = true;
    this.schedule();
  }

  /** Before the database closes: lets the round in flight finish logging its attempts. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.sendDue().finally(() => this.schedule());
    }, this.config.PLACEMENT_WEBHOOK_POLL_MS);
  }

  private async sendDue(): Promise<void> {
    try {
      const now = this.clock();
      // An attempt in flight holds its delivery for the POST's timeout and a margin.
      const leaseUntil = new Date(now.getTime() + this.config.PLACEMENT_WEBHOOK_TIMEOUT_MS + 30_000);
      const claimed = await claimDeliveries(this.dataSource, now, leaseUntil, BATCH);
      await Promise.all(claimed.map((delivery) => this.deliver.attempt(delivery)));
    } catch (error) {
      this.logger.warn({ err: error }, 'webhook round failed; its deliveries fall due again when their lease ends');
    }
  }
}
