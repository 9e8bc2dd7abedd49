import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@tandem/contracts';
import { CLOCK, type Clock } from '@tandem/platform';
import { PlacementEntity } from '../placements/placement.entity';
import { enqueueDeliveries } from './enqueue-deliveries';

/**
 * Keeps each placement event for integrators and queues its deliveries, in the transaction that emitted
 * it: an event is delivered iff it committed, and a restart loses nothing.
 */
@Injectable()
export class IntegratorFeed {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async append(manager: EntityManager, event: CloudEvent): Promise<void> {
    const { id, type, time, subject, data } = event;
    const [row] = await manager.query<Array<{ seq: string }>>(
      'INSERT INTO integrator_feed (event_id, type, time, subject, data) VALUES ($1, $2, $3, $4, $5) RETURNING seq',
      [id, type, time, subject, JSON.stringify(data)],
    );
    const placement = await manager.findOneByOrFail(PlacementEntity, { id: subject });
    await enqueueDeliveries(manager, { seq: Number(row.seq), type, subject, placement }, this.clock());
  }
}
