import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlacementEndReason } from '@tandem/contracts';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { JOB_PLACEMENT } from '../placement-access';
import { dayOf, outsideDays } from './day';
import { findPlacementOr404 } from './find-placement';
import { assertActive } from './placement';
import { PlacementEvents } from './placement-events';
import { PlacementEntity } from './placement.entity';

/** Checkpoints that would fall due after the end stay unanswered and drop off the due list. */
@Injectable()
export class EndPlacement {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: PlacementEvents,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, endedOn: string, reason: PlacementEndReason, actor: Principal): Promise<PlacementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await findPlacementOr404(manager, id, { actor, lock: true });
      assertActive(placement);
      const wrong = outsideDays(endedOn, { day: placement.startedOn, what: 'the start' }, { day: dayOf(this.clock()), what: 'today' });
      if (wrong) throw invalidInput({ endedOn: [`endedOn ${wrong}`] });
      const end = { status: 'ended' as const, endedOn, endReason: reason };
      await manager.update(PlacementEntity, { id }, end);
      await this.events.ended(manager, placement, endedOn, reason);
      await this.audit.record(manager, { actor, action: 'end', resourceType: 'placement', resourceId: id, purpose: JOB_PLACEMENT });
      return Object.assign(placement, end);
    });
  }
}
