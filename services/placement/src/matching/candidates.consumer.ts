import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Static } from '@sinclair/typebox';
import { CredentialIssuedV1, CredentialRevokedV1, ModuleCompletedV1, ParticipantRegisteredV1 } from '@tandem/contracts';
import { InboxEventContext } from '@tandem/platform';
import { CandidateSkillEntity } from './candidate-skill.entity';
import { CandidateEntity } from './candidate.entity';

/** Candidates of this node from intake's registrations, and the skills passed modules and issued credentials evidence. */
@Controller()
export class CandidatesConsumer {
  @EventPattern(ParticipantRegisteredV1.type)
  async registered(@Payload() data: Static<typeof ParticipantRegisteredV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    const { participantId, municipality, languages } = data;
    await context.manager.upsert(CandidateEntity, { candidateId: participantId, kind: 'participant', municipality, languages }, ['candidateId']);
  }

  /** Idempotent: the same module's evidence is kept once, however often the event arrives. */
  @EventPattern(ModuleCompletedV1.type)
  async moduleCompleted(@Payload() data: Static<typeof ModuleCompletedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    const candidateId = await this.matchable(context, data.trainee);
    if (!candidateId || !data.skills?.length) return;
    const evidence = data.skills.map((skill) => ({ candidateId, skill, source: 'module' as const, reference: data.moduleCode, evidencedOn: data.completedOn }));
    await context.manager.createQueryBuilder().insert().into(CandidateSkillEntity).values(evidence).orIgnore().execute();
  }

  /** A credential's skills count from its issue until it is revoked (a suspension is short and does not unlearn them). */
  @EventPattern(CredentialIssuedV1.type)
  async credentialIssued(@Payload() data: Static<typeof CredentialIssuedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    const candidateId = await this.matchable(context, data.holder);
    if (!candidateId || !data.skills?.length || !data.code) return;
    const evidencedOn = data.issuedAt.slice(0, 10);
    const evidence = data.skills.map((skill) => ({ candidateId, skill, source: 'credential' as const, reference: data.code as string, evidencedOn }));
    await context.manager.createQueryBuilder().insert().into(CandidateSkillEntity).values(evidence).orIgnore().execute();
  }

  @EventPattern(CredentialRevokedV1.type)
  async credentialRevoked(@Payload() data: Static<typeof CredentialRevokedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    const candidateId = await this.matchable(context, data.holder);
    if (!candidateId || !data.code) return;
    await context.manager.delete(CandidateSkillEntity, { candidateId, source: 'credential', reference: data.code });
  }

  /**
   * A participant of this node may always be matched; a referred trainee only while a candidate, i.e.
   * under a consent to employer-sharing, so nothing is kept of anyone else. Training enrols a referral
   * only after intake's acceptance, which is thus applied here long before a module is passed.
   */
  private async matchable(context: InboxEventContext, trainee: { participantId?: string; referralId?: string }): Promise<string | undefined> {
    if (trainee.participantId) return trainee.participantId;
    if (!trainee.referralId) return undefined;
    const lock = { mode: 'pessimistic_read' } as const;
    const candidate = await context.manager.findOne(CandidateEntity, { where: { candidateId: trainee.referralId, kind: 'referral' }, lock });
    return candidate?.candidateId;
  }
}
