import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type PageQuery, type Principal } from '@tandem/platform';
import { CASE_MANAGEMENT } from '../participants/participant-access';
import { findCaseOr404 } from './case-access';
import { CaseNoteEntity } from './case-note.entity';
import { CaseNotePage, CaseNoteView } from './dto/case.view';

@Injectable()
export class ListCaseNotes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async execute(caseId: string, page: PageQuery, actor: Principal): Promise<CaseNotePage> {
    return this.dataSource.transaction(async (manager) => {
      await findCaseOr404(manager, caseId, { lock: false, actor });
      const [notes, total] = await manager.findAndCount(CaseNoteEntity, {
        where: { caseId },
        order: { createdAt: 'DESC', id: 'DESC' },
        skip: (page.page - 1) * page.pageSize,
        take: page.pageSize,
      });
      await this.audit.record(manager, {
        actor,
        action: 'read-notes',
        resourceType: 'case',
        resourceId: caseId,
        purpose: CASE_MANAGEMENT,
      });
      return { items: notes.map(CaseNoteView.of), page: page.page, pageSize: page.pageSize, total };
    });
  }
}
