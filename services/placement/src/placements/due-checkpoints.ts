import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { JOB_PLACEMENT } from '../placement-access';
import { addDays, dayOf } from './day';
import type { DueCheckpointView } from './dto/due-checkpoint.view';

/** How far ahead the to-do list looks by default: two weeks, time enough to reach someone. */
export const DUE_HORIZON_DAYS = 14;

/**
 * The caseworker's to-do list: unanswered checkpoints of their cases' placements due by a day, oldest
 * first; an admin's holds every case. A checkpoint that fell due after its placement ended is no
 * longer asked for (the rule of `assertAnswerable`). Each row is audited as a read of its placement.
 */
@Injectable()
export class DueCheckpoints {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  list(before: string | undefined, actor: Principal): Promise<DueCheckpointView[]> {
    const by = before ?? addDays(dayOf(this.clock()), DUE_HORIZON_DAYS);
    const caseworker = actor.roles.includes('admin') ? null : actor.subject;
    return this.dataSource.transaction(async (manager) => {
      const rows: DueCheckpointView[] = await manager.query(
        `SELECT c.placement_id AS "placementId", p.participant_id AS "participantId", p.type, p.started_on::text AS "startedOn",
                c.days, c.due_on::text AS "dueOn"
           FROM retention_checkpoints c
           JOIN placements p ON p.id = c.placement_id
          WHERE c.recorded_on IS NULL AND c.due_on <= $1
            AND (p.ended_on IS NULL OR c.due_on <= p.ended_on)
            AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM case_assignments a WHERE a.participant_id = p.participant_id AND a.caseworker = $2))
          ORDER BY c.due_on, c.placement_id, c.days
          LIMIT 500`,
        [by, caseworker],
      );
      for (const row of rows) {
        await this.audit.record(manager, { actor, action: 'read', resourceType: 'placement', resourceId: row.placementId, purpose: JOB_PLACEMENT });
      }
      return rows;
    });
  }
}
