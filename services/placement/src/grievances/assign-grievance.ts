import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { assign, GRIEVANCE_HANDLING } from './grievance';
import { GrievanceEntity } from './grievance.entity';
import { findGrievanceOr404 } from './find-grievance';

@Injectable()
export class AssignGrievance {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  execute(id: string, assignee: string, actor: Principal): Promise<GrievanceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const grievance = await findGrievanceOr404(manager, id, { actor, lock: true });
      const change = assign(grievance, assignee);
      await manager.update(GrievanceEntity, { id }, change);
      await this.audit.record(manager, { actor, action: 'assign', resourceType: 'grievance', resourceId: id, purpose: GRIEVANCE_HANDLING });
      return Object.assign(grievance, change);
    });
  }
}
