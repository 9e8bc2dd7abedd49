import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { findOwnSubscriptionOr404, INTEGRATOR_WEBHOOKS, SUBSCRIPTION } from './integrator-access';
import { SubscriptionEntity } from './subscription.entity';
import { newSecret } from './webhook-signature';

/** After a rotation the old secret signs alongside the new one this long, so receivers can switch without a gap. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** Pause, resume, rotate and delete: each on the caller's own subscription only, audited in its transaction. */
@Injectable()
export class ManageSubscription {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  pause(id: string, actor: Principal): Promise<SubscriptionEntity> {
    return this.change(id, actor, 'pause', (subscription) => ({ ...subscription, status: 'paused' }));
  }

  resume(id: string, actor: Principal): Promise<SubscriptionEntity> {
    return this.change(id, actor, 'resume', (subscription) => ({ ...subscription, status: 'active' }));
  }

  rotateSecret(id: string, actor: Principal): Promise<SubscriptionEntity> {
    const previousSecretUntil = new Date(this.clock().getTime() + ROTATION_OVERLAP_MS);
    return this.change(id, actor, 'rotate-secret', (subscription) => ({ ...subscription, secret: newSecret(), previousSecret: subscription.secret, previousSecretUntil }));
  }

  /** Its queued deliveries and their log go with it. */
  async remove(id: string, actor: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await findOwnSubscriptionOr404(manager, id, { actor, lock: true });
      await manager.delete(SubscriptionEntity, { id });
      await this.recordAction(manager, actor, 'delete', id);
    });
  }

  private change(id: string, actor: Principal, action: string, changed: (subscription: SubscriptionEntity) => SubscriptionEntity): Promise<SubscriptionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const subscription = changed(await findOwnSubscriptionOr404(manager, id, { actor, lock: true }));
      await manager.save(SubscriptionEntity, subscription);
      await this.recordAction(manager, actor, action, id);
      return subscription;
    });
  }

  private recordAction(manager: EntityManager, actor: Principal, action: string, id: string): Promise<void> {
    return this.audit.record(manager, { actor, action, resourceType: SUBSCRIPTION, resourceId: id, purpose: INTEGRATOR_WEBHOOKS });
  }
}
