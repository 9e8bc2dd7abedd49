import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { assertMayWorkWith } from '../placement-access';
import { auditCandidate } from './candidate-audit';
import type { ReleaseIdentityDto } from './dto/matching-input.dto';
import { StaffShortlistEntryView } from './dto/shortlist.view';
import { mayShareWithEmployers } from './employer-sharing';
import { assertMatchable, MatchingStateError } from './matching-rules';
import { ShortlistEntryEntity } from './shortlist-entry.entity';
import { vacancyToMatch } from './vacancy-to-match';

/**
 * Tells the vacancy's employer who a shortlisted candidate is. Only the participant's caseworker
 * (or an admin; any staff for a referred trainee), and only under a consent to employer-sharing.
 */
@Injectable()
export class ReleaseIdentity {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(vacancyId: string, entryId: string, identity: ReleaseIdentityDto, actor: Principal): Promise<StaffShortlistEntryView> {
    return this.dataSource.transaction(async (manager) => {
      const { vacancy, employer } = await vacancyToMatch(manager, vacancyId, { lock: true });
      const entry = await manager.findOneBy(ShortlistEntryEntity, { id: entryId, vacancyId });
      if (!entry) throw new NotFoundException(`shortlist entry ${entryId} not found`);
      if (entry.candidateKind === 'participant') await assertMayWorkWith(manager, actor, entry.candidateId);
      assertMatchable(vacancy, employer);
      if (!(await mayShareWithEmployers(manager, entry))) {
        throw new MatchingStateError(`${entry.pseudonym} has no consent in force covering employer-sharing; their identity cannot be released`);
      }
      Object.assign(entry, { ...identity, releasedBy: actor.subject, releasedAt: this.clock(), erasedAt: null });
      await manager.save(ShortlistEntryEntity, entry);
      await auditCandidate(this.audit, manager, { actor, action: 'release-identity', candidateId: entry.candidateId, candidateKind: entry.candidateKind });
      return StaffShortlistEntryView.ofStaff(entry);
    });
  }
}
