import type { EntityManager } from 'typeorm';
import { InboundReferralAcceptedV1, InboundReferralEndedV1, type ReferralEndReason } from '@tandem/contracts';
import type { Outbox } from '@tandem/messaging';
import { sharesProgress, sharesWithEmployers } from './referral';
import type { ReferralEntity } from './referral.entity';
import { ReferralStepEntity } from './referral-step.entity';

/**
 * Tells the node's own services (training enrolls from it) that we accepted an inbound referral:
 * what was asked for, the name and languages as far as the partner shared them, and whether the trainee may be
 * put before employers; never the free-text message.
 */
export async function announceAcceptance(manager: EntityManager, outbox: Outbox, referral: ReferralEntity, at: Date): Promise<void> {
  const { occupation, program } = referral.request;
  const { givenName, familyName, languages } = referral.profile ?? {};
  await outbox.add(manager, {
    contract: InboundReferralAcceptedV1,
    subject: referral.id,
    data: {
      referralId: referral.id,
      from: referral.partner,
      acceptedAt: at.toISOString(),
      request: { ...(occupation && { occupation }), ...(program && { program }) },
      trainee: { ...(givenName && { givenName }), ...(familyName && { familyName }) },
      progressSharing: sharesProgress(referral),
      employerSharing: sharesWithEmployers(referral),
      ...(languages && { languages }),
    },
  });
}

/**
 * Tells them an inbound referral they may have acted on has ended: stop sending progress, and on
 * `consent-withdrawn` erase the name. One never accepted was never announced, so it gets nothing.
 */
export async function announceEnd(
  manager: EntityManager,
  outbox: Outbox,
  referral: ReferralEntity,
  end: { reason: ReferralEndReason; at: Date },
): Promise<void> {
  if (referral.direction !== 'inbound') return;
  if (!(await manager.existsBy(ReferralStepEntity, { referralId: referral.id, step: 'accepted' }))) return;
  await outbox.add(manager, {
    contract: InboundReferralEndedV1,
    subject: referral.id,
    data: { referralId: referral.id, endedAt: end.at.toISOString(), reason: end.reason },
  });
}
