import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { JOB_PLACEMENT } from '../placement-access';
import { dayOf, outsideDays } from './day';
import { findPlacementOr404 } from './find-placement';
import { assertActive } from './placement';
import type { WageAmount } from './wage-progression';
import { WageHistory } from './wage-history';
import type { WageEntity } from './wage.entity';

/** A raise or another change of an active placement's wage, from a day it already took effect. */
@Injectable()
export class RecordWage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly wages: WageHistory,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, effectiveOn: string, wage: WageAmount, actor: Principal): Promise<WageEntity> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await findPlacementOr404(manager, id, { actor, lock: true });
      assertActive(placement);
      const now = this.clock();
      const wrong = outsideDays(effectiveOn, { day: placement.startedOn, what: 'the start' }, { day: dayOf(now), what: 'today' });
      if (wrong) throw invalidInput({ effectiveOn: [`effectiveOn ${wrong}`] });
      const row = await this.wages.add(manager, placement, effectiveOn, wage, actor.subject, now);
      await this.audit.record(manager, { actor, action: 'record-wage', resourceType: 'placement', resourceId: id, purpose: JOB_PLACEMENT });
      return row;
    });
  }
}
