import { type EntityManager, IsNull } from 'typeorm';
import type { CandidateKind } from './candidate';
import { CandidateEntity } from './candidate.entity';
import { EmployerSharingConsentEntity } from './employer-sharing-consent.entity';

/**
 * Whether the candidate's identity may go to an employer now: a participant's consent in force
 * covering employer-sharing, or a referred trainee still a candidate (kept only under such a consent).
 * The rows it relies on are share-locked, so a withdrawal or a referral's end waits for the caller's
 * transaction and then erases what it released, or the caller sees the withdrawal.
 */
export async function mayShareWithEmployers(manager: EntityManager, candidate: { candidateId: string; candidateKind: CandidateKind }): Promise<boolean> {
  const lock = { mode: 'pessimistic_read' } as const;
  if (candidate.candidateKind === 'referral') {
    return (await manager.find(CandidateEntity, { where: { candidateId: candidate.candidateId, kind: 'referral' }, lock })).length > 0;
  }
  const consents = await manager.find(EmployerSharingConsentEntity, { where: { participantId: candidate.candidateId, withdrawnAt: IsNull() }, lock });
  return consents.length > 0;
}
