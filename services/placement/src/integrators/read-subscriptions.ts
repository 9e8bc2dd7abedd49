import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { DeliveryAttemptEntity } from './delivery-attempt.entity';
import { AttemptView, type DeliveryView } from './dto/delivery.view';
import { SubscriptionView } from './dto/subscription.view';
import { findOwnSubscriptionOr404, INTEGRATOR_WEBHOOKS, SUBSCRIPTION } from './integrator-access';
import { PUBLIC_TYPE_OF } from './public-events';
import { SubscriptionEntity } from './subscription.entity';

/** The newest deliveries a log shows. */
const LOG_SIZE = 200;

/** An integrator reads its own subscriptions only; every subscription read is audited, one row each. */
@Injectable()
export class ReadSubscriptions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  list(actor: Principal): Promise<SubscriptionView[]> {
    return this.dataSource.transaction(async (manager) => {
      const subscriptions = await manager.find(SubscriptionEntity, { where: { owner: actor.subject }, order: { createdAt: 'ASC' } });
      for (const { id } of subscriptions) await this.recordRead(manager, actor, id);
      return subscriptions.map((subscription) => SubscriptionView.of(subscription, this.clock()));
    });
  }

  one(id: string, actor: Principal): Promise<SubscriptionView> {
    return this.dataSource.transaction(async (manager) => {
      const subscription = await findOwnSubscriptionOr404(manager, id, { actor, lock: false });
      await this.recordRead(manager, actor, id);
      return SubscriptionView.of(subscription, this.clock());
    });
  }

  /** The newest deliveries first, each with every attempt in the order made. */
  deliveries(id: string, actor: Principal): Promise<DeliveryView[]> {
    return this.dataSource.transaction(async (manager) => {
      await findOwnSubscriptionOr404(manager, id, { actor, lock: false });
      await this.recordRead(manager, actor, id);
      const deliveries = await manager.query<Array<{ id: string; event_id: string; type: string; status: string; created_at: Date; next_attempt_at: Date | null }>>(
        `SELECT d.id, f.event_id, f.type, d.status, d.created_at, d.next_attempt_at
           FROM webhook_deliveries d JOIN integrator_feed f ON f.seq = d.feed_seq
          WHERE d.subscription_id = $1 ORDER BY d.id DESC LIMIT $2`,
        [id, LOG_SIZE],
      );
      const attempts = await manager
        .createQueryBuilder(DeliveryAttemptEntity, 'a')
        .where('a.delivery_id = ANY(:ids)', { ids: deliveries.map((delivery) => delivery.id) })
        .orderBy('a.id')
        .getMany();
      return deliveries.map((delivery) => ({
        id: Number(delivery.id),
        webhookId: delivery.event_id,
        type: PUBLIC_TYPE_OF.get(delivery.type) ?? delivery.type,
        status: delivery.status,
        createdAt: delivery.created_at,
        nextAttemptAt: delivery.status === 'pending' ? delivery.next_attempt_at : null,
        attempts: attempts.filter((attempt) => attempt.deliveryId === Number(delivery.id)).map(AttemptView.of),
      }));
    });
  }

  private recordRead(manager: EntityManager, actor: Principal, id: string): Promise<void> {
    return this.audit.record(manager, { actor, action: 'read', resourceType: SUBSCRIPTION, resourceId: id, purpose: INTEGRATOR_WEBHOOKS });
  }
}
