import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, CLOCK, type Clock, invalidInput, type Principal } from '@tandem/platform';
import { auditCandidate } from './candidate-audit';
import { candidatePool } from './candidate-pool';
import { StaffShortlistEntryView } from './dto/shortlist.view';
import { assertMatchable } from './matching-rules';
import { newPseudonym } from './pseudonym';
import { type Match, rankMatches } from './score';
import { ShortlistEntryEntity } from './shortlist-entry.entity';
import { vacancyToMatch } from './vacancy-to-match';

/**
 * Puts candidates on a vacancy's shortlist under fresh pseudonyms, with their score and explanation
 * as of now, all or none. Shortlisting someone already on it keeps their entry as it is.
 */
@Injectable()
export class ShortlistCandidates {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(vacancyId: string, candidateIds: string[], actor: Principal): Promise<StaffShortlistEntryView[]> {
    return this.dataSource.transaction(async (manager) => {
      const { vacancy, employer, needs } = await vacancyToMatch(manager, vacancyId, { lock: true });
      assertMatchable(vacancy, employer);
      const pool = await candidatePool(manager, candidateIds);
      const absent = candidateIds.filter((id) => !pool.some((candidate) => candidate.id === id));
      if (absent.length > 0) {
        throw invalidInput({ candidates: absent.map((id) => `${id} is not a candidate (unknown, referred without employer-sharing, or in an ongoing placement)`) });
      }
      const existing = await manager.findBy(ShortlistEntryEntity, { vacancyId });
      const taken = new Set(existing.map((entry) => entry.pseudonym));
      const entries: ShortlistEntryEntity[] = [];
      for (const match of rankMatches(needs, pool)) {
        const entry = existing.find((kept) => kept.candidateId === match.candidate.id) ?? (await this.add(manager, vacancyId, match, newPseudonym(taken), actor));
        taken.add(entry.pseudonym);
        entries.push(entry);
      }
      return entries.map(StaffShortlistEntryView.ofStaff);
    });
  }

  private async add(manager: EntityManager, vacancyId: string, match: Match, pseudonym: string, actor: Principal): Promise<ShortlistEntryEntity> {
    const { candidate, score, explanation } = match;
    const entry = manager.create(ShortlistEntryEntity, {
      id: randomUUID(),
      vacancyId,
      candidateId: candidate.id,
      candidateKind: candidate.kind,
      pseudonym,
      score,
      explanation,
      shortlistedBy: actor.subject,
      shortlistedAt: this.clock(),
      displayName: null,
      contact: null,
      releasedBy: null,
      releasedAt: null,
      erasedAt: null,
    });
    await manager.insert(ShortlistEntryEntity, entry);
    await auditCandidate(this.audit, manager, { actor, action: 'shortlist', candidateId: candidate.id, candidateKind: candidate.kind });
    return entry;
  }
}
