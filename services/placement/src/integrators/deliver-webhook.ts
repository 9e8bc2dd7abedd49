import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '@tandem/platform';
import { PlacementConfig } from '../config';
import type { ClaimedDelivery } from './claim-deliveries';
import { postWebhook } from './post-webhook';
import { type AttemptOutcome, recordAttempt } from './record-attempt';
import { WebhookMessages } from './webhook-message';
import { signatureHeader } from './webhook-signature';
import { WebhookTargets } from './webhook-targets';

/** One attempt of one claimed delivery: build the message, check the target again, POST it signed, log the outcome. */
@Injectable()
export class DeliverWebhook {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: WebhookMessages,
    private readonly targets: WebhookTargets,
    private readonly config: PlacementConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async attempt(delivery: ClaimedDelivery): Promise<void> {
    const attemptedAt = this.clock();
    const message = await this.messages.of(delivery.subscriptionId, delivery.feedSeq, attemptedAt);
    if ('gone' in message) return;
    const outcome: AttemptOutcome =
      'withheld' in message
        ? { attemptedAt, durationMs: 0, statusCode: null, error: message.withheld, withheld: true }
        : await this.send(message.url, message.webhookId, message.body, message.secrets, attemptedAt);
    await recordAttempt(this.dataSource, delivery, outcome, {
      baseMs: this.config.PLACEMENT_WEBHOOK_RETRY_BASE_MS,
      giveUpAfterMs: this.config.PLACEMENT_WEBHOOK_GIVE_UP_AFTER_MS,
    });
  }

  private async send(url: string, webhookId: string, body: string, secrets: string[], attemptedAt: Date): Promise<AttemptOutcome> {
    const timestamp = Math.floor(attemptedAt.getTime() / 1000);
    const headers = { 'webhook-id': webhookId, 'webhook-timestamp': String(timestamp), 'webhook-signature': signatureHeader(secrets, webhookId, timestamp, body) };
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      // Resolved and checked again now: the name may point elsewhere than when the subscription was made.
      const { target, addresses } = await this.targets.resolve(url);
      const statusCode = await postWebhook({ url: target.url, addresses, headers, body, timeoutMs: this.config.PLACEMENT_WEBHOOK_TIMEOUT_MS });
      return { attemptedAt, durationMs: elapsed(), statusCode, error: null };
    } catch (error) {
      return { attemptedAt, durationMs: elapsed(), statusCode: null, error: (error as Error).message };
    }
  }
}
