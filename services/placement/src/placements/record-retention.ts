import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { JOB_PLACEMENT } from '../placement-access';
import { addDays, dayOf, outsideDays } from './day';
import { findPlacementOr404 } from './find-placement';
import { PlacementEvents, type RetentionAnswer } from './placement-events';
import { assertAnswerable, EARLY_DAYS } from './retention';
import { RetentionCheckpointEntity } from './retention-checkpoint.entity';
import { WageHistory } from './wage-history';
import { sameWage } from './wage-progression';

/** Answers a checkpoint once; a wage that differs from the latest joins the wage progression. */
@Injectable()
export class RecordRetention {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: PlacementEvents,
    private readonly wages: WageHistory,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, answer: RetentionAnswer, actor: Principal): Promise<RetentionCheckpointEntity> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await findPlacementOr404(manager, id, { actor, lock: true });
      const checkpoint = await manager.findOneByOrFail(RetentionCheckpointEntity, { placementId: id, days: answer.days });
      assertAnswerable(checkpoint, placement);
      const now = this.clock();
      const earliest = { day: addDays(checkpoint.dueOn, -EARLY_DAYS), what: 'a week before the checkpoint falls due' };
      const wrong = outsideDays(answer.recordedOn, earliest, { day: dayOf(now), what: 'today' });
      if (wrong) throw invalidInput({ recordedOn: [`recordedOn ${wrong}`] });
      Object.assign(checkpoint, { recordedOn: answer.recordedOn, stillEmployed: answer.stillEmployed, recordedBy: actor.subject });
      await manager.save(RetentionCheckpointEntity, checkpoint);
      await this.events.retentionRecorded(manager, placement, answer);
      // After the end a wage is news of other work, not of this placement: the event carries it, the progression does not.
      const latest = (await this.wages.of(manager, id)).at(-1);
      if (answer.wage && placement.status === 'active' && (!latest || !sameWage(latest, answer.wage))) {
        await this.wages.add(manager, placement, answer.recordedOn, answer.wage, actor.subject, now);
      }
      await this.audit.record(manager, { actor, action: 'record-retention', resourceType: 'placement', resourceId: id, purpose: JOB_PLACEMENT });
      return checkpoint;
    });
  }
}
