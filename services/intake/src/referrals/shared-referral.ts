import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CloudEvent, municipalityOfSource } from '@tandem/contracts';
import { ConsentEntity } from '../participants/consent.entity';
import { coveringConsent } from '../participants/participant';
import { ReferralEntity } from './referral.entity';

/** Thrown for a message no referral of ours answers to: the inbox dead-letters it, and nothing is applied. */
export class UnknownReferralError extends Error {
  override readonly name = 'UnknownReferralError';
}

/** One of our referrals, with the participant it is about. */
export type OutboundReferral = ReferralEntity & { participantId: string };

const logger = new Logger('SharedReferral');

/** Only the partner a referral is shared with can move it: another member's message finds nothing. */
export async function sharedReferral(manager: EntityManager, id: string, sender: string): Promise<ReferralEntity> {
  const referral = await manager.findOne(ReferralEntity, { where: { id, partner: sender }, lock: { mode: 'pessimistic_write' } });
  if (!referral) throw new UnknownReferralError(`no referral ${id} shared with ${sender}`);
  return referral;
}

/**
 * The referral a partner's report on its trainee (progress, attendance) is about, if the report may
 * be kept. Fail closed: null unless a consent of the participant in force covers progress-sharing with
 * that partner (the participant's own consents decide, not the partner's word); the log names ids only.
 */
export async function reportedReferral(manager: EntityManager, referralId: string, event: CloudEvent): Promise<OutboundReferral | null> {
  const referral = await sharedReferral(manager, referralId, senderOf(event));
  const { participantId } = referral;
  if (referral.direction !== 'outbound' || !participantId) {
    throw new UnknownReferralError(`referral ${referral.id} came from ${referral.partner}; there is no training to report on it`);
  }
  const consents = await manager.find(ConsentEntity, { where: { participantId } });
  if (!coveringConsent(consents, 'progress-sharing', referral.partner)) {
    logger.log(`${event.type} ${event.id} on referral ${referral.id} not kept: no consent in force covers progress-sharing with ${referral.partner}`);
    return null;
  }
  return { ...referral, participantId };
}

export function senderOf(event: CloudEvent): string {
  const sender = municipalityOfSource(event.source);
  // The exchange gate has checked that the signer and ce_source agree; this only guards against misuse.
  if (!sender) throw new UnknownReferralError(`event ${event.id} has no Tandem source`);
  return sender;
}
