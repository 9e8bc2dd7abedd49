import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlacementType } from '@tandem/contracts';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { enqueueDeliveries } from './enqueue-deliveries';
import { findOwnSubscriptionOr404, INTEGRATOR_WEBHOOKS, SUBSCRIPTION } from './integrator-access';

/**
 * Queues again every feed event since `from` that the subscription asks for and may receive: new
 * deliveries, sent with the original event's id as `webhook-id`, so a receiver drops what it already has.
 */
@Injectable()
export class Replay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, from: Date, actor: Principal): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await findOwnSubscriptionOr404(manager, id, { actor, lock: true });
      const history = await manager.query<Array<{ seq: string; type: string; subject: string; placement_type: PlacementType; occupation: string }>>(
        `SELECT f.seq, f.type, f.subject, p.type AS placement_type, p.occupation
           FROM integrator_feed f JOIN placements p ON p.id::text = f.subject
          WHERE f.time >= $1 ORDER BY f.seq`,
        [from],
      );
      const now = this.clock();
      let queued = 0;
      for (const { seq, type, subject, placement_type, occupation } of history) {
        queued += await enqueueDeliveries(manager, { seq: Number(seq), type, subject, placement: { type: placement_type, occupation } }, now, id);
      }
      await this.audit.record(manager, { actor, action: 'replay', resourceType: SUBSCRIPTION, resourceId: id, purpose: INTEGRATOR_WEBHOOKS });
      return queued;
    });
  }
}
