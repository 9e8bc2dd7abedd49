import { ApiProperty } from '@nestjs/swagger';
import type { SubscriptionFilter } from '../subscription-filter';
import type { SubscriptionEntity } from '../subscription.entity';

export class SubscriptionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: [String] }) eventTypes!: string[];
  @ApiProperty({ description: '`{}` matches every placement' }) filter!: SubscriptionFilter;
  @ApiProperty({ enum: ['active', 'paused'] }) status!: string;
  @ApiProperty({ description: 'A delivery gave up after its retries; cleared by the next one that succeeds' }) failing!: boolean;
  @ApiProperty({ type: Date, nullable: true }) failingSince!: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'Until then the previous secret signs too' }) previousSecretValidUntil!: Date | null;
  @ApiProperty() createdAt!: Date;

  static of(subscription: SubscriptionEntity, now: Date): SubscriptionView {
    const { id, url, eventTypes, filter, status, failingSince, previousSecretUntil, createdAt } = subscription;
    const overlap = previousSecretUntil && previousSecretUntil > now ? previousSecretUntil : null;
    return { id, url, eventTypes, filter, status, failing: failingSince !== null, failingSince, previousSecretValidUntil: overlap, createdAt };
  }
}

/** Shown once, when made or rotated: the node never shows the secret again. */
export class SubscriptionWithSecretView extends SubscriptionView {
  @ApiProperty({ description: 'Standard Webhooks secret, `whsec_` and base64' }) secret!: string;

  static withSecret(subscription: SubscriptionEntity, now: Date): SubscriptionWithSecretView {
    return { ...SubscriptionView.of(subscription, now), secret: subscription.secret };
  }
}
