import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Clock, CLOCK, type Principal } from '@tandem/platform';
import { CASE_MANAGEMENT } from '../participants/participant-access';
import { type CaseStatus, changeStatus, InvalidCaseTransitionError } from './case';
import { findCaseOr404 } from './case-access';
import { CaseEntity } from './case.entity';
import { CaseView } from './dto/case.view';

@Injectable()
export class ChangeCaseStatus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The case stays on this node: a status change publishes no event. */
  async execute(caseId: string, status: CaseStatus, actor: Principal): Promise<CaseView> {
    return this.dataSource.transaction(async (manager) => {
      const { current, participant } = await findCaseOr404(manager, caseId, { lock: true, actor });
      let changed;
      try {
        changed = changeStatus(current, status, this.clock());
      } catch (error) {
        if (error instanceof InvalidCaseTransitionError) throw new ConflictException(error.message);
        throw error;
      }
      if (changed !== current) {
        await manager.update(CaseEntity, { id: caseId }, { status: changed.status, closedAt: changed.closedAt });
      }
      await this.audit.record(manager, {
        actor,
        action: 'change-status',
        resourceType: 'case',
        resourceId: caseId,
        purpose: CASE_MANAGEMENT,
      });
      return CaseView.of(changed, participant);
    });
  }
}
