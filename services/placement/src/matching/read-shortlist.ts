import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { auditCandidate } from './candidate-audit';
import { ShortlistEntryView, StaffShortlistEntryView } from './dto/shortlist.view';
import { assertMaySeeShortlist, isStaff } from './shortlist-access';
import { ShortlistEntryEntity } from './shortlist-entry.entity';
import { vacancyToMatch } from './vacancy-to-match';

/** A vacancy's shortlist, best first: with ids for staff, by pseudonym for the employer; every entry audited as read. */
@Injectable()
export class ReadShortlist {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  ofVacancy(vacancyId: string, actor: Principal): Promise<ShortlistEntryView[]> {
    return this.dataSource.transaction(async (manager) => {
      const { employer } = await vacancyToMatch(manager, vacancyId, { lock: false });
      assertMaySeeShortlist(actor, employer, vacancyId);
      const entries = await manager.find(ShortlistEntryEntity, { where: { vacancyId }, order: { score: 'DESC', shortlistedAt: 'ASC', id: 'ASC' } });
      for (const { candidateId, candidateKind } of entries) {
        await auditCandidate(this.audit, manager, { actor, action: 'read-shortlist', candidateId, candidateKind });
      }
      return entries.map(isStaff(actor) ? StaffShortlistEntryView.ofStaff : ShortlistEntryView.of);
    });
  }
}
