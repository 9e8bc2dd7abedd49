import { Injectable } from '@nestjs/common';
import type { Static, TSchema } from '@sinclair/typebox';
import type { EntityManager } from 'typeorm';
import { type EventContract, ReferralCredentialIssuedV1, ReferralCredentialRevokedV1 } from '@tandem/contracts';
import { CrossBorder, displayTitle } from '@tandem/platform';
import type { CredentialEntity } from '../credentials/credential.entity';
import type { CredentialDefinitionEntity } from '../definitions/credential-definition.entity';
import { ReferralSharingEntity } from './referral-sharing.entity';

/**
 * Tells a referred trainee's home node of the credentials issued and revoked for them, signed, in the
 * caller's transaction; a local trainee's credentials stay here.
 */
@Injectable()
export class HomeNode {
  constructor(private readonly crossBorder: CrossBorder) {}

  async credentialIssued(manager: EntityManager, referralId: string | undefined, credential: CredentialEntity, definition: CredentialDefinitionEntity) {
    await this.send(manager, referralId, ReferralCredentialIssuedV1, (id) => ({
      referralId: id,
      credentialId: credential.id,
      code: definition.code,
      title: displayTitle(definition.name).slice(0, 200),
      issuedAt: credential.issuedAt.toISOString(),
      ...(credential.validUntil ? { validUntil: credential.validUntil.toISOString() } : {}),
      credential: credential.jws,
    }));
  }

  async credentialRevoked(manager: EntityManager, referralId: string | undefined, credential: CredentialEntity, code: string) {
    const revokedAt = (credential.revokedAt as Date).toISOString();
    await this.send(manager, referralId, ReferralCredentialRevokedV1, (id) => ({ referralId: id, credentialId: credential.id, code, revokedAt }));
  }

  /**
   * Fail closed: nothing goes unless intake said the consent covers progress sharing and the referral
   * has not ended. The row is share-locked, so an end being applied waits for this transaction, or
   * this one sees the end. Keyed by the referral, so the home node reads its messages in order.
   */
  private async send<S extends TSchema>(
    manager: EntityManager,
    referralId: string | undefined,
    contract: EventContract<S>,
    data: (referralId: string) => Static<S>,
  ): Promise<void> {
    if (!referralId) return;
    const sharing = await manager.findOne(ReferralSharingEntity, { where: { referralId }, lock: { mode: 'pessimistic_read' } });
    if (!sharing?.progressSharing || sharing.endedAt) return;
    await this.crossBorder.send(manager, { contract, subject: referralId, to: sharing.homeMunicipality, data: data(referralId) });
  }
}
