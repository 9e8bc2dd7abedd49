import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { auditCandidate } from './candidate-audit';
import { candidatePool } from './candidate-pool';
import { MatchView } from './dto/match.view';
import { assertMatchable } from './matching-rules';
import { rankMatches } from './score';
import { vacancyToMatch } from './vacancy-to-match';

/** A vacancy's best candidates, each listed one audited as read in the transaction that read it. */
@Injectable()
export class ReadMatches {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  forVacancy(vacancyId: string, limit: number, actor: Principal): Promise<MatchView[]> {
    return this.dataSource.transaction(async (manager) => {
      const { vacancy, employer, needs } = await vacancyToMatch(manager, vacancyId, { lock: false });
      assertMatchable(vacancy, employer);
      const best = rankMatches(needs, await candidatePool(manager)).slice(0, limit);
      for (const { candidate } of best) {
        await auditCandidate(this.audit, manager, { actor, action: 'read-match', candidateId: candidate.id, candidateKind: candidate.kind });
      }
      return best.map(MatchView.of);
    });
  }
}
