import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CredentialRevokedV1, CredentialSuspensionChangedV1 } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { AuditLog, caseworkerOf, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { CredentialDefinitionEntity } from '../definitions/credential-definition.entity';
import { assertMayRead, findReadableCredential, RECOGNITION } from './credential-access';
import { CredentialEntity } from './credential.entity';
import { CredentialView, HolderCredentialsView } from './dto/credential.view';
import { HolderEntity } from './holder.entity';
import { HomeNode } from '../referrals/home-node';
import { IssueCredential } from './issue-credential';

/** Issuing by hand, reading, and the status changes a recognition officer makes; each audited. */
@Injectable()
export class ManageCredentials {
  constructor(
    private readonly dataSource: DataSource,
    private readonly issueCredential: IssueCredential,
    private readonly outbox: Outbox,
    private readonly homeNode: HomeNode,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** For a participant of this node (one with a case), when a credential is due without a recorded completion. */
  async issue(definitionId: string, participantId: string, actor: Principal): Promise<CredentialView> {
    return this.dataSource.transaction(async (manager) => {
      const definition = await manager.findOneBy(CredentialDefinitionEntity, { id: definitionId });
      if (!definition) throw new NotFoundException(`credential definition ${definitionId} not found`);
      if (!(await caseworkerOf(manager, participantId))) throw new NotFoundException(`participant ${participantId} not found`);
      const trainee = { participantId, homeMunicipality: actor.municipality };
      const credential = await this.issueCredential.execute(manager, { definition, trainee, basis: 'manual', issuedBy: actor.subject });
      if (!credential) throw new ConflictException(`participant ${participantId} already holds a live credential of definition ${definitionId}`);
      await this.audit.record(manager, { actor, action: 'issue', resourceType: 'credential', resourceId: credential.id, purpose: RECOGNITION });
      return CredentialView.of(credential, this.clock());
    });
  }

  async forParticipant(participantId: string, actor: Principal): Promise<HolderCredentialsView> {
    return this.dataSource.transaction(async (manager) => {
      await assertMayRead(manager, actor, { participantId }, `participant ${participantId}`);
      const holder = await manager.findOneBy(HolderEntity, { participantId });
      const credentials = holder ? await manager.find(CredentialEntity, { where: { holderId: holder.id }, order: { issuedAt: 'ASC' } }) : [];
      await this.audit.record(manager, { actor, action: 'read', resourceType: 'participant-credentials', resourceId: participantId, purpose: RECOGNITION });
      const now = this.clock();
      return { holderCode: holder?.code ?? null, credentials: credentials.map((credential) => CredentialView.of(credential, now)) };
    });
  }

  async one(id: string, actor: Principal): Promise<CredentialView> {
    return this.dataSource.transaction(async (manager) => {
      const credential = await findReadableCredential(manager, id, actor);
      await this.audit.record(manager, { actor, action: 'read', resourceType: 'credential', resourceId: id, purpose: RECOGNITION });
      return CredentialView.of(credential, this.clock());
    });
  }

  /** For good: a revoked credential is never valid again. */
  async revoke(id: string, reason: string, actor: Principal): Promise<CredentialView> {
    return this.change(id, actor, 'revoke', async (manager, credential, now) => {
      if (credential.revokedAt) throw new ConflictException(`credential ${id} is already revoked`);
      Object.assign(credential, { revokedAt: now, revocationReason: reason });
      const { code } = await manager.findOneByOrFail(CredentialDefinitionEntity, { id: credential.definitionId });
      const data = { ...(await idsOf(manager, credential)), revokedAt: now.toISOString(), code };
      await this.outbox.add(manager, { contract: CredentialRevokedV1, subject: id, data });
      await this.homeNode.credentialRevoked(manager, data.holder.referralId, credential, code);
    });
  }

  async setSuspended(id: string, suspended: boolean, actor: Principal): Promise<CredentialView> {
    return this.change(id, actor, suspended ? 'suspend' : 'reinstate', async (manager, credential, now) => {
      if (credential.revokedAt) throw new ConflictException(`credential ${id} is revoked`);
      if (Boolean(credential.suspendedAt) === suspended) throw new ConflictException(`credential ${id} is ${suspended ? 'already suspended' : 'not suspended'}`);
      credential.suspendedAt = suspended ? now : null;
      const data = { ...(await idsOf(manager, credential)), suspended, changedAt: now.toISOString() };
      await this.outbox.add(manager, { contract: CredentialSuspensionChangedV1, subject: id, data });
    });
  }

  private async change(
    id: string,
    actor: Principal,
    action: string,
    apply: (manager: EntityManager, credential: CredentialEntity, now: Date) => Promise<void>,
  ): Promise<CredentialView> {
    return this.dataSource.transaction(async (manager) => {
      const credential = await manager.findOne(CredentialEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!credential) throw new NotFoundException(`credential ${id} not found`);
      const now = this.clock();
      await apply(manager, credential, now);
      await manager.save(credential);
      await this.audit.record(manager, { actor, action, resourceType: 'credential', resourceId: id, purpose: RECOGNITION });
      return CredentialView.of(credential, now);
    });
  }
}

async function idsOf(manager: EntityManager, credential: CredentialEntity) {
  const holder = await manager.findOneByOrFail(HolderEntity, { id: credential.holderId });
  const trainee = holder.participantId
    ? { participantId: holder.participantId, homeMunicipality: holder.homeMunicipality }
    : { referralId: holder.referralId as string, homeMunicipality: holder.homeMunicipality };
  return { credentialId: credential.id, definitionId: credential.definitionId, holder: trainee };
}
