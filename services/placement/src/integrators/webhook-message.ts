import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PublicPlacementForm } from '../public/public-form';
import { AllowanceEntity } from './allowance.entity';
import { FeedEventEntity } from './feed-event.entity';
import { minimised, PUBLIC_TYPE_OF } from './public-events';
import { SubscriptionEntity } from './subscription.entity';

export interface WebhookMessage {
  url: string;
  webhookId: string;
  /** `{ type, timestamp, data }`, the Standard Webhooks payload. */
  body: string;
  /** The current secret, and the previous one during a rotation's overlap. */
  secrets: string[];
}

/** Not sent: the subscription was deleted meanwhile, or the allowance no longer covers the event type. */
export type Unsendable = { gone: true } | { withheld: string };

/**
 * What one delivery sends, made when it is sent rather than when queued: the subscriber's pseudonyms,
 * the current allowance's fields and the current secrets apply to retries and replays alike.
 */
@Injectable()
export class WebhookMessages {
  constructor(
    private readonly dataSource: DataSource,
    private readonly form: PublicPlacementForm,
  ) {}

  of(subscriptionId: string, feedSeq: number, now: Date): Promise<WebhookMessage | Unsendable> {
    return this.dataSource.transaction(async (manager) => {
      const subscription = await manager.findOneBy(SubscriptionEntity, { id: subscriptionId });
      if (!subscription) return { gone: true };
      const event = await manager.findOneByOrFail(FeedEventEntity, { seq: feedSeq });
      const allowance = await manager.findOneBy(AllowanceEntity, { subject: subscription.owner });
      const publicType = PUBLIC_TYPE_OF.get(event.type) ?? event.type;
      if (!allowance?.eventTypes.includes(publicType)) return { withheld: `not sent: the allowance no longer covers ${publicType}` };
      const { type, data } = await this.form.of(manager, event, subscription.id);
      const body = JSON.stringify({ type, timestamp: event.time.toISOString(), data: minimised(data, allowance.fields) });
      const { secret, previousSecret, previousSecretUntil } = subscription;
      const secrets = previousSecret && previousSecretUntil && previousSecretUntil > now ? [secret, previousSecret] : [secret];
      return { url: subscription.url, webhookId: event.eventId, body, secrets };
    });
  }
}
