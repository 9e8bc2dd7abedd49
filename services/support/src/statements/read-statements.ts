import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { FundingSourceEntity } from '../budgets/funding-source.entity';
import { AUDITOR, FINANCIAL_AUDIT, mayReadSupportOf, maySeeKind, purposeOf } from '../support-access';
import { type StatementLine, statementLines, totalsOf } from './statement-lines';

export interface Statement {
  month: string;
  participantId?: string;
  fundingSourceId?: string;
  lines: StatementLine[];
  /** Minor units per currency. */
  totals: Record<string, number>;
}

/** Monthly statements: per trainee (social workers, auditors, the case's caseworker) and per funding source (social workers, auditors). */
@Injectable()
export class ReadStatements {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  ofParticipant(participantId: string, month: string, actor: Principal): Promise<Statement> {
    return this.dataSource.transaction(async (manager) => {
      const auditor = actor.roles.includes(AUDITOR);
      if (!auditor && !(await mayReadSupportOf(manager, actor, participantId))) throw new NotFoundException(`participant ${participantId} not found`);
      const purpose = auditor && !actor.roles.includes('social_worker') ? FINANCIAL_AUDIT : purposeOf(actor);
      await this.audit.record(manager, { actor, action: 'read-statement', resourceType: 'participant', resourceId: participantId, purpose });
      const lines = (await statementLines(manager, month, { participantId })).filter((line) => maySeeKind(actor, line.supportType));
      return { month, participantId, lines, totals: totalsOf(lines) };
    });
  }

  /** Lists every trainee the source paid for: each is audited as read. */
  ofFundingSource(fundingSourceId: string, month: string, actor: Principal): Promise<Statement> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(FundingSourceEntity, { id: fundingSourceId }))) throw new NotFoundException(`funding source ${fundingSourceId} not found`);
      const lines = await statementLines(manager, month, { fundingSourceId });
      const purpose = actor.roles.includes('social_worker') ? purposeOf(actor) : FINANCIAL_AUDIT;
      for (const participantId of new Set(lines.map((line) => line.participantId))) {
        await this.audit.record(manager, { actor, action: 'read-statement', resourceType: 'participant', resourceId: participantId, purpose });
      }
      return { month, fundingSourceId, lines, totals: totalsOf(lines) };
    });
  }
}
