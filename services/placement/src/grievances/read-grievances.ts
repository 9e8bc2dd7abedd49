import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { dayOf } from '../placements/day';
import type { GrievanceFilterDto } from './dto/grievance-input.dto';
import { GrievanceView } from './dto/grievance.view';
import { GRIEVANCE_HANDLING, isOverdue } from './grievance';
import { GrievanceEntity } from './grievance.entity';
import { findGrievanceOr404 } from './find-grievance';

/** Every grievance a caller sees is audited as read, one row each, in the transaction that read it. */
@Injectable()
export class ReadGrievances {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  one(id: string, actor: Principal): Promise<GrievanceView> {
    return this.dataSource.transaction(async (manager) => this.seen(manager, actor, await findGrievanceOr404(manager, id, { actor, lock: false })));
  }

  /** Earliest due first. */
  list(filter: GrievanceFilterDto, actor: Principal): Promise<GrievanceView[]> {
    return this.dataSource.transaction(async (manager) => {
      const mine = actor.roles.includes('admin') ? [{}] : [{ filedBy: actor.subject }, { assignedTo: actor.subject }];
      const grievances = await manager.find(GrievanceEntity, {
        where: mine.map((who) => ({ ...who, status: filter.status })),
        order: { dueOn: 'ASC', filedAt: 'ASC' },
      });
      const today = dayOf(this.clock());
      const views: GrievanceView[] = [];
      for (const grievance of grievances) {
        if (filter.overdue === undefined || isOverdue(grievance, today) === filter.overdue) {
          views.push(await this.seen(manager, actor, grievance));
        }
      }
      return views;
    });
  }

  private async seen(manager: EntityManager, actor: Principal, grievance: GrievanceEntity): Promise<GrievanceView> {
    await this.audit.record(manager, { actor, action: 'read', resourceType: 'grievance', resourceId: grievance.id, purpose: GRIEVANCE_HANDLING });
    return GrievanceView.of(grievance);
  }
}
