import { randomUUID } from 'node:crypto';
import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ReferralSentV1, type ShareableProfileField } from '@tandem/contracts';
import { AuditLog, CLOCK, type Clock, CrossBorder, type Principal } from '@tandem/platform';
import { ConsentEntity } from '../participants/consent.entity';
import { coveringConsent } from '../participants/participant';
import { findParticipantOr404 } from '../participants/participant-access';
import type { ParticipantEntity } from '../participants/participant.entity';
import { loadShareableProfile } from '../profile/profile-for-sharing';
import { OVERRIDE_FIELDS, OVERRIDE_ROLE, ReferralNotCoveredError } from './referral';
import { REFERRAL_HANDLING } from './referral-access';
import { ReferralEntity } from './referral.entity';
import { recordStep } from './referral-steps';
import { shareProfile } from './shared-profile';

export interface ReferralToSend {
  participantId: string;
  destination: string;
  consentId?: string;
  occupation?: string;
  program?: string;
  message?: string;
  /** Sending without a covering consent: only for a role allowed to override, and recorded. */
  override?: { justification: string };
}

type Basis = { consent: ConsentEntity; fields: readonly ShareableProfileField[] } | { override: string; fields: readonly ShareableProfileField[] };

@Injectable()
export class SendReferral {
  constructor(
    private readonly dataSource: DataSource,
    private readonly crossBorder: CrossBorder,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Referral, timeline, signed message and audit entry commit together; without a legal basis nothing is written. */
  async execute(order: ReferralToSend, actor: Principal): Promise<ReferralEntity> {
    return this.dataSource.transaction(async (manager) => {
      const participant = await findParticipantOr404(manager, order.participantId, { lock: true, actor });
      const basis = await this.basisFor(manager, participant, order, actor);
      const now = this.clock();
      const { occupation, program, message: note } = order;
      const request = { ...(occupation && { occupation }), ...(program && { program }), ...(note && { message: note }) };
      const referral = manager.create(ReferralEntity, {
        id: randomUUID(),
        direction: 'outbound',
        partner: order.destination,
        status: 'sent',
        participantId: participant.id,
        request,
        legalBasis: 'consent' in basis ? 'consent' : 'override',
        consentId: 'consent' in basis ? basis.consent.id : null,
        consentPurposes: null,
        overrideJustification: 'override' in basis ? basis.override : null,
        profile: null,
        sentAt: now,
        receivedAt: null,
        erasedAt: null,
        updatedAt: now,
      });
      await manager.insert(ReferralEntity, referral);
      const source = { ...participant, ...(await loadShareableProfile(manager, participant.id)) };
      const message = await this.crossBorder.send(manager, {
        contract: ReferralSentV1,
        subject: referral.id,
        to: order.destination,
        data: {
          referralId: referral.id,
          from: this.crossBorder.municipality,
          to: order.destination,
          sentAt: now.toISOString(),
          request: referral.request,
          legalBasis: referral.legalBasis,
          ...('consent' in basis ? { consent: receiptOf(basis.consent) } : {}),
          profile: shareProfile(source, basis.fields),
        },
      });
      await recordStep(manager, referral.id, message.id, { step: 'sent', at: now, by: this.crossBorder.municipality });
      const action = 'override' in basis ? 'send-referral-overriding-consent' : 'send-referral';
      await this.audit.record(manager, { actor, action, resourceType: 'participant', resourceId: participant.id, purpose: REFERRAL_HANDLING });
      return referral;
    });
  }

  private async basisFor(manager: EntityManager, participant: ParticipantEntity, order: ReferralToSend, actor: Principal): Promise<Basis> {
    if (order.override) {
      if (!actor.roles.includes(OVERRIDE_ROLE)) throw new ForbiddenException(`overriding consent needs the ${OVERRIDE_ROLE} role`);
      return { override: order.override.justification, fields: OVERRIDE_FIELDS };
    }
    const consents = await manager.find(ConsentEntity, { where: { participantId: participant.id } });
    const candidates = order.consentId ? consents.filter((consent) => consent.id === order.consentId) : consents;
    const consent = coveringConsent(candidates, 'cross-border-referral', order.destination);
    if (!consent) throw new ReferralNotCoveredError(participant.id, order.destination);
    return { consent, fields: consent.fields['cross-border-referral'] ?? [] };
  }
}

/** What the receiver learns of the consent: its terms, never who recorded it. */
function receiptOf(consent: ConsentEntity) {
  return { purposes: consent.purposes, noticeVersion: consent.noticeVersion, givenAt: consent.givenAt.toISOString() };
}
