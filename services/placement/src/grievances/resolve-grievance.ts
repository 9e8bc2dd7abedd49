import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import type { ResolveGrievanceDto } from './dto/grievance-input.dto';
import { GRIEVANCE_HANDLING, resolve } from './grievance';
import { GrievanceEntity } from './grievance.entity';
import { findGrievanceOr404 } from './find-grievance';

/** A suspension filed with the grievance stays: reinstating the employer is an admin's separate decision. */
@Injectable()
export class ResolveGrievance {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, input: ResolveGrievanceDto, actor: Principal): Promise<GrievanceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const grievance = await findGrievanceOr404(manager, id, { actor, lock: true });
      const change = { ...input, status: resolve(grievance, actor), resolvedBy: actor.subject, resolvedAt: this.clock() };
      await manager.update(GrievanceEntity, { id }, change);
      await this.audit.record(manager, { actor, action: 'resolve', resourceType: 'grievance', resourceId: id, purpose: GRIEVANCE_HANDLING });
      return Object.assign(grievance, change);
    });
  }
}
