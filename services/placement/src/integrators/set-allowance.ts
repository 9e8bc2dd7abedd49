import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { AllowanceEntity } from './allowance.entity';
import { INTEGRATOR_WEBHOOKS } from './integrator-access';

/**
 * A node admin sets what one integrator may receive, replacing what was set before. Existing subscriptions
 * keep their event types, but deliveries only ever carry what the allowance at sending time permits.
 */
@Injectable()
export class SetAllowance {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(subject: string, allowed: { eventTypes: string[]; fields: string[] }, actor: Principal): Promise<AllowanceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const allowance = manager.create(AllowanceEntity, { subject, ...allowed, setBy: actor.subject, setAt: this.clock() });
      await manager.upsert(AllowanceEntity, allowance, ['subject']);
      await this.audit.record(manager, { actor, action: 'set-allowance', resourceType: 'integrator-allowance', resourceId: subject, purpose: INTEGRATOR_WEBHOOKS });
      return allowance;
    });
  }
}
