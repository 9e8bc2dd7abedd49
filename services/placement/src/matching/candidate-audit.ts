import type { EntityManager } from 'typeorm';
import type { AuditLog, Principal } from '@tandem/platform';
import { JOB_PLACEMENT } from '../placement-access';
import type { CandidateKind } from './candidate';

/** One audit row per candidate whose data was read or shared, as a participant or as a referral. */
export async function auditCandidate(
  audit: AuditLog,
  manager: EntityManager,
  entry: { actor: Principal; action: string; candidateId: string; candidateKind: CandidateKind },
): Promise<void> {
  const { actor, action, candidateId, candidateKind } = entry;
  await audit.record(manager, { actor, action, resourceType: candidateKind, resourceId: candidateId, purpose: JOB_PLACEMENT });
}
