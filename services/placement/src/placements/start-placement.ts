import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlacementType } from '@tandem/contracts';
import { AuditLog, caseworkerOf, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { assertMayWorkWith, JOB_PLACEMENT } from '../placement-access';
import { addDays, dayOf } from './day';
import { MAX_DAYS_AHEAD } from './placement';
import { PlacementEvents } from './placement-events';
import { PlacementEntity } from './placement.entity';
import { checkpointsFor } from './retention';
import { RetentionCheckpointEntity } from './retention-checkpoint.entity';
import { WageHistory } from './wage-history';
import type { WageAmount } from './wage-progression';
import { type WorkplaceRequest, workplaceOf } from './workplace';

export interface PlacementRequest {
  participantId: string;
  type: PlacementType;
  workplace: WorkplaceRequest;
  occupation: string;
  startedOn: string;
  contractedHoursPerWeek: number;
  wage: WageAmount;
}

/** A placement with its first wage and its four retention checkpoints, all or nothing. */
@Injectable()
export class StartPlacement {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: PlacementEvents,
    private readonly wages: WageHistory,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(request: PlacementRequest, actor: Principal): Promise<PlacementEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Intake announces every participant with their case; a placement of anyone else would be no one's.
      if (!(await caseworkerOf(manager, request.participantId))) throw new NotFoundException(`participant ${request.participantId} not found`);
      await assertMayWorkWith(manager, actor, request.participantId);
      const now = this.clock();
      const latestStart = addDays(dayOf(now), MAX_DAYS_AHEAD);
      if (request.startedOn > latestStart) throw invalidInput({ startedOn: [`startedOn must not be after ${latestStart}, ${MAX_DAYS_AHEAD} days from today`] });
      const { workplace, wage, ...rest } = request;
      const placement = manager.create(PlacementEntity, {
        ...rest,
        ...(await workplaceOf(manager, workplace)),
        id: randomUUID(),
        status: 'active',
        endedOn: null,
        endReason: null,
        createdBy: actor.subject,
        createdAt: now,
      });
      await manager.insert(PlacementEntity, placement);
      const checkpoints = checkpointsFor(placement.startedOn).map((checkpoint) => ({ ...checkpoint, placementId: placement.id }));
      await manager.insert(RetentionCheckpointEntity, checkpoints);
      await this.events.started(manager, placement, wage);
      await this.wages.add(manager, placement, placement.startedOn, wage, actor.subject, now);
      await this.audit.record(manager, { actor, action: 'start', resourceType: 'placement', resourceId: placement.id, purpose: JOB_PLACEMENT });
      return placement;
    });
  }
}
