import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '@tandem/messaging';
import { AuditLog, type Clock, CLOCK, type Principal } from '@tandem/platform';
import { CASE_MANAGEMENT } from '../participants/participant-access';
import { announceAssignment } from './announce-assignment';
import { reassign } from './case';
import { findCaseOr404 } from './case-access';
import { CaseEntity } from './case.entity';
import { CaseView } from './dto/case.view';

@Injectable()
export class AssignCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Access follows the assignment from the moment this commits: the previous caseworker gets 404.
   * The subject is not checked against the identity provider, which this node cannot query.
   */
  async execute(caseId: string, caseworker: string, actor: Principal): Promise<CaseView> {
    return this.dataSource.transaction(async (manager) => {
      const { current, participant } = await findCaseOr404(manager, caseId, { lock: true, actor });
      const assigned = reassign(current, caseworker);
      await manager.update(CaseEntity, { id: caseId }, { assignedCaseworker: assigned.assignedCaseworker });
      await announceAssignment(manager, this.outbox, assigned, this.clock());
      await this.audit.record(manager, { actor, action: 'assign', resourceType: 'case', resourceId: caseId, purpose: CASE_MANAGEMENT });
      return CaseView.of(assigned, participant);
    });
  }
}
