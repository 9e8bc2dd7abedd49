import { Global, Module } from '@nestjs/common';
import { PublicModule } from '../public/public.module';
import { AllowancesController } from './allowances.controller';
import { DeliverWebhook } from './deliver-webhook';
import { IntegratorFeed } from './integrator-feed';
import { ManageSubscription } from './manage-subscription';
import { ReadSubscriptions } from './read-subscriptions';
import { Replay } from './replay';
import { SetAllowance } from './set-allowance';
import { Subscribe } from './subscribe';
import { SubscriptionsController } from './subscriptions.controller';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookMessages } from './webhook-message';
import { WebhookMetrics } from './webhook-metrics';
import { WebhookTargets } from './webhook-targets';

/** Integrators' subscriptions and their webhooks. Global so placement's event emitter can append to the feed. */
@Global()
@Module({
  imports: [PublicModule],
  controllers: [SubscriptionsController, AllowancesController],
  providers: [
    IntegratorFeed,
    Subscribe,
    ManageSubscription,
    ReadSubscriptions,
    Replay,
    SetAllowance,
    WebhookTargets,
    WebhookMessages,
    DeliverWebhook,
    WebhookDispatcher,
    WebhookMetrics,
  ],
  exports: [IntegratorFeed],
})
export class IntegratorsModule {}
