import { randomUUID } from 'node:crypto';
import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { AllowanceEntity } from './allowance.entity';
import { INTEGRATOR_WEBHOOKS, SUBSCRIPTION } from './integrator-access';
import type { SubscriptionFilter } from './subscription-filter';
import { SubscriptionEntity } from './subscription.entity';
import { WebhookTargets } from './webhook-targets';
import { newSecret } from './webhook-signature';

export interface SubscriptionRequest {
  url: string;
  eventTypes: string[];
  filter: SubscriptionFilter;
}

/** A subscription within the integrator's allowance, to a URL that is not internal; active at once. */
@Injectable()
export class Subscribe {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targets: WebhookTargets,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: SubscriptionRequest, actor: Principal): Promise<SubscriptionEntity> {
    await this.targets.check(request.url);
    return this.dataSource.transaction(async (manager) => {
      const allowance = await manager.findOneBy(AllowanceEntity, { subject: actor.subject });
      if (!allowance) throw new ForbiddenException('no allowance: a node admin must first set which events and fields you may receive');
      const beyond = request.eventTypes.filter((type) => !allowance.eventTypes.includes(type));
      if (beyond.length) throw invalidInput({ eventTypes: [`not within your allowance: ${beyond.join(', ')}`] });
      const subscription = manager.create(SubscriptionEntity, {
        ...request,
        id: randomUUID(),
        owner: actor.subject,
        status: 'active',
        failingSince: null,
        secret: newSecret(),
        previousSecret: null,
        previousSecretUntil: null,
        createdAt: this.clock(),
      });
      await manager.insert(SubscriptionEntity, subscription);
      await this.audit.record(manager, { actor, action: 'subscribe', resourceType: SUBSCRIPTION, resourceId: subscription.id, purpose: INTEGRATOR_WEBHOOKS });
      return subscription;
    });
  }
}
