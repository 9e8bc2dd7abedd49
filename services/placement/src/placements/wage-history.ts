import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PlacementEvents } from './placement-events';
import type { PlacementEntity } from './placement.entity';
import { amountOf, type WageAmount } from './wage-progression';
import { WageEntity } from './wage.entity';

/** A placement's wages in the order they took effect: the one way a wage enters its progression. */
@Injectable()
export class WageHistory {
  constructor(private readonly events: PlacementEvents) {}

  /** A wage row and its WageRecorded, in the caller's transaction. */
  async add(manager: EntityManager, placement: PlacementEntity, effectiveOn: string, wage: WageAmount, recordedBy: string, at: Date): Promise<WageEntity> {
    const row = manager.create(WageEntity, { ...amountOf(wage), id: randomUUID(), placementId: placement.id, effectiveOn, recordedBy, recordedAt: at });
    await manager.insert(WageEntity, row);
    await this.events.wageRecorded(manager, placement, row);
    return row;
  }

  /** Two wages effective the same day follow the order they were recorded in. */
  of(manager: EntityManager, placementId: string): Promise<WageEntity[]> {
    return manager.find(WageEntity, { where: { placementId }, order: { effectiveOn: 'ASC', recordedAt: 'ASC', id: 'ASC' } });
  }
}
