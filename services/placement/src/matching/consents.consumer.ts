import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Static } from '@sinclair/typebox';
import { IsNull } from 'typeorm';
import { ConsentGrantedV1, ConsentWithdrawnV1 } from '@tandem/contracts';
import { InboxEventContext } from '@tandem/platform';
import { EmployerSharingConsentEntity } from './employer-sharing-consent.entity';
import { mayShareWithEmployers } from './employer-sharing';
import { eraseReleasedIdentities } from './erase-released';

/** Tracks, per consent, whether a participant lets this node put them before employers. */
@Controller()
export class ConsentsConsumer {
  @EventPattern(ConsentGrantedV1.type)
  async granted(@Payload() data: Static<typeof ConsentGrantedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    if (!data.purposes.includes('employer-sharing')) return;
    const consent = { consentId: data.consentId, participantId: data.participantId, withdrawnAt: null };
    await context.manager.createQueryBuilder().insert().into(EmployerSharingConsentEntity).values(consent).orIgnore().execute();
  }

  /**
   * In one transaction with the withdrawal: once no consent in force covers employer-sharing, every
   * identity released to employers is erased. Updating the consent row first waits for a release
   * that relied on it (it share-locks the row), so that release is erased too.
   */
  @EventPattern(ConsentWithdrawnV1.type)
  async withdrawn(@Payload() data: Static<typeof ConsentWithdrawnV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    const { manager } = context;
    const withdrawnAt = new Date(data.withdrawnAt);
    const { affected } = await manager.update(EmployerSharingConsentEntity, { consentId: data.consentId, withdrawnAt: IsNull() }, { withdrawnAt });
    if (!affected) return;
    if (await mayShareWithEmployers(manager, { candidateId: data.participantId, candidateKind: 'participant' })) return;
    await eraseReleasedIdentities(manager, data.participantId, withdrawnAt);
  }
}
