import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { JOB_PLACEMENT } from '../placement-access';
import { findPlacementOr404 } from '../placements/find-placement';
import { EmployerFeedbackEntity } from './employer-feedback.entity';

/** A placement's employer feedback, audited as read in the transaction that read it. */
@Injectable()
export class ReadFeedback {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  of(id: string, actor: Principal): Promise<EmployerFeedbackEntity> {
    return this.dataSource.transaction(async (manager) => {
      await findPlacementOr404(manager, id, { actor, lock: false });
      const feedback = await manager.findOneBy(EmployerFeedbackEntity, { placementId: id });
      if (!feedback) throw new NotFoundException(`placement ${id} has no employer feedback`);
      await this.audit.record(manager, { actor, action: 'read-employer-feedback', resourceType: 'placement', resourceId: id, purpose: JOB_PLACEMENT });
      return feedback;
    });
  }
}
