import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import type { Static } from '@sinclair/typebox';
import { CredentialIssuedV1, type TraineeRef } from '@tandem/contracts';
import { MessageSigner } from '@tandem/federation';
import { Outbox } from '@tandem/messaging';
import { CLOCK, type Clock } from '@tandem/platform';
import type { CredentialDefinitionEntity } from '../definitions/credential-definition.entity';
import { HomeNode } from '../referrals/home-node';
import { claimStatusIndex } from '../status/status-index';
import { CredentialEntity } from './credential.entity';
import { holderOf } from './holders';
import { NodeIssuer } from './node-issuer';
import { CREDENTIAL_JWS_HEADER, openBadgeCredential } from './open-badge';

export interface Issuance {
  definition: CredentialDefinitionEntity;
  trainee: Static<typeof TraineeRef>;
  basis: 'completion' | 'manual';
  issuedBy: string;
}

/** Signs and records a credential and announces it, to a referred trainee's home node too, in the caller's transaction. */
@Injectable()
export class IssueCredential {
  constructor(
    private readonly signer: MessageSigner,
    private readonly issuer: NodeIssuer,
    private readonly outbox: Outbox,
    private readonly homeNode: HomeNode,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The new credential, or null when the holder already has a live one of this definition. */
  async execute(manager: EntityManager, issuance: Issuance): Promise<CredentialEntity | null> {
    const { definition, trainee } = issuance;
    const holder = await holderOf(manager, trainee);
    if (await manager.existsBy(CredentialEntity, { definitionId: definition.id, holderId: holder.id, revokedAt: IsNull() })) return null;
    const issuedAt = this.clock();
    const credential = manager.create(CredentialEntity, {
      id: randomUUID(),
      definitionId: definition.id,
      holderId: holder.id,
      basis: issuance.basis,
      issuedAt,
      validUntil: definition.validityMonths ? addMonths(issuedAt, definition.validityMonths) : null,
      statusIndex: await claimStatusIndex(manager),
      issuedBy: issuance.issuedBy,
      revokedAt: null,
      revocationReason: null,
      suspendedAt: null,
    });
    const document = openBadgeCredential({
      id: credential.id,
      issuer: this.issuer,
      definition,
      holderCode: holder.code,
      salt: randomBytes(16).toString('hex'),
      issuedAt,
      validUntil: credential.validUntil,
      statusIndex: credential.statusIndex,
    });
    credential.jws = await this.signer.signCompact(JSON.stringify(document), CREDENTIAL_JWS_HEADER);
    await manager.insert(CredentialEntity, credential);
    await this.outbox.add(manager, {
      contract: CredentialIssuedV1,
      subject: credential.id,
      data: {
        credentialId: credential.id,
        definitionId: definition.id,
        holder: trainee,
        issuedAt: issuedAt.toISOString(),
        ...(credential.validUntil ? { validUntil: credential.validUntil.toISOString() } : {}),
        basis: issuance.basis,
        code: definition.code,
        skills: definition.skills,
      },
    });
    await this.homeNode.credentialIssued(manager, trainee.referralId, credential, definition);
    return credential;
  }
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
