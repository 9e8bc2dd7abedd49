import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { CASE_MANAGEMENT } from '../participants/participant-access';
import { findCaseOr404 } from './case-access';
import { CaseView } from './dto/case.view';

@Injectable()
export class ReadCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** No audit entry, no data: the read and its record commit together. */
  async execute(caseId: string, actor: Principal): Promise<CaseView> {
    return this.dataSource.transaction(async (manager) => {
      const { current, participant } = await findCaseOr404(manager, caseId, { lock: false, actor });
      await this.audit.record(manager, { actor, action: 'read', resourceType: 'case', resourceId: caseId, purpose: CASE_MANAGEMENT });
      return CaseView.of(current, participant);
    });
  }
}
