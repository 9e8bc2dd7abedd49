import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Static } from '@sinclair/typebox';
import { InboundReferralAcceptedV1, InboundReferralEndedV1 } from '@tandem/contracts';
import { InboxEventContext } from '@tandem/platform';
import { CandidateSkillEntity } from './candidate-skill.entity';
import { CandidateEntity } from './candidate.entity';
import { eraseReleasedIdentities } from './erase-released';

/** Trainees referred here from a partner node, by referral id: candidates only under a consent to employer-sharing. */
@Controller()
export class ReferredCandidatesConsumer {
  /** Fails closed: an acceptance without `employerSharing` (an older producer) keeps the trainee out. */
  @EventPattern(InboundReferralAcceptedV1.type)
  async accepted(@Payload() data: Static<typeof InboundReferralAcceptedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    if (!data.employerSharing) return;
    const candidate = { candidateId: data.referralId, kind: 'referral' as const, municipality: data.from, languages: data.languages ?? [] };
    await context.manager.upsert(CandidateEntity, candidate, ['candidateId']);
  }

  /**
   * However it ended, the trainee is no candidate any more: their skills go, and any identity
   * released to employers is erased. Deleting the candidate first waits for a release under way.
   */
  @EventPattern(InboundReferralEndedV1.type)
  async ended(@Payload() data: Static<typeof InboundReferralEndedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    const { manager } = context;
    await manager.delete(CandidateEntity, { candidateId: data.referralId, kind: 'referral' });
    await manager.delete(CandidateSkillEntity, { candidateId: data.referralId });
    await eraseReleasedIdentities(manager, data.referralId, new Date(data.endedAt));
  }
}
