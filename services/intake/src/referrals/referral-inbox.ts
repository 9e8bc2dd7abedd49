import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Static } from '@sinclair/typebox';
import {
  type CloudEvent,
  type ReferralAttendanceV1,
  type ReferralCredentialIssuedV1,
  type ReferralCredentialRevokedV1,
  ReferralDataErasedV1,
  type ReferralProgressV1,
  ReferralReceivedV1,
  type ReferralSentV1,
  ReferredAttendanceRecordedV1,
} from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { CLOCK, type Clock, CrossBorder } from '@tandem/platform';

import { announceEnd } from './announce-inbound-referral';
import { type ReferralStatus, statusAfterPartnerStep, type TimelineStep } from './referral';
import { ReferralEntity } from './referral.entity';
import { recordStep, type StepDetails, takeStep } from './referral-steps';
import { reportedReferral, senderOf, sharedReferral, UnknownReferralError } from './shared-referral';

type ReferralSent = Static<(typeof ReferralSentV1)['schema']>;
type ReferralProgress = Static<(typeof ReferralProgressV1)['schema']>;
type ReferralAttendance = Static<(typeof ReferralAttendanceV1)['schema']>;
type ReferralCredentialIssued = Static<(typeof ReferralCredentialIssuedV1)['schema']>;
type ReferralCredentialRevoked = Static<(typeof ReferralCredentialRevokedV1)['schema']>;
export interface PartnerStepData {
  referralId: string;
  at: string;
  reason?: string;
  comment?: string;
}

/** Applies what partner nodes say about referrals, training progress and attendance included; each call runs in the inbox transaction of its message. */
@Injectable()
export class ReferralInbox {
  private readonly logger = new Logger(ReferralInbox.name);

  constructor(
    private readonly crossBorder: CrossBorder,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A new inbound referral: stored as ours, and the sender is told at once that we hold it. */
  async referralSent(data: ReferralSent, event: CloudEvent, manager: EntityManager): Promise<void> {
    const sender = senderOf(event);
    if (data.from !== sender || data.to !== this.crossBorder.municipality) {
      throw new UnknownReferralError(`referral ${data.referralId} claims ${data.from} → ${data.to} but came from ${sender}`);
    }
    if (await manager.existsBy(ReferralEntity, { id: data.referralId })) {
      this.logger.warn(`referral ${data.referralId} arrived again under a new message id; kept the first`);
      return;
    }
    const now = this.clock();
    const referral = manager.create(ReferralEntity, {
      id: data.referralId,
      direction: 'inbound',
      partner: sender,
      status: 'received',
      participantId: null,
      request: data.request,
      legalBasis: data.legalBasis,
      consentId: null,
      consentPurposes: data.consent?.purposes ?? null,
      overrideJustification: null,
      profile: data.profile,
      sentAt: new Date(data.sentAt),
      receivedAt: now,
      erasedAt: null,
      updatedAt: now,
    });
    await manager.insert(ReferralEntity, referral);
    await recordStep(manager, referral.id, event.id, { step: 'sent', at: referral.sentAt, by: sender });
    await takeStep(manager, this.crossBorder, referral, { contract: ReferralReceivedV1, step: 'received', status: 'received', at: now });
  }

  /** A step the partner took on a referral we share with it: on its timeline here too. */
  async partnerStep(step: TimelineStep, data: PartnerStepData, event: CloudEvent, manager: EntityManager): Promise<ReferralEntity> {
    const referral = await sharedReferral(manager, data.referralId, senderOf(event));
    const at = new Date(data.at);
    const status = await this.applyPartnerStep(manager, referral, event.id, { step, at, reason: data.reason, comment: data.comment });
    // A withdrawal that crossed our own ends nothing more.
    if (step === 'withdrawn' && referral.status !== 'withdrawn') await announceEnd(manager, this.outbox, referral, { reason: 'withdrawn', at });
    return { ...referral, status };
  }

  /** How the trainee of one of our referrals gets on in the partner's training: on the timeline, as the consent allows. */
  async progress(data: ReferralProgress, event: CloudEvent, manager: EntityManager): Promise<void> {
    const referral = await reportedReferral(manager, data.referralId, event);
    if (!referral) return;
    const detail = data.module && { module: data.module };
    await this.applyPartnerStep(manager, referral, event.id, { step: data.step, at: new Date(data.at), reason: data.reason, detail });
  }

  /**
   * A credential the partner issued to the trainee, as the consent allows: on the timeline with the
   * signed credential, which the caseworker hands on and any node verifies.
   */
  async credentialIssued(data: ReferralCredentialIssued, event: CloudEvent, manager: EntityManager): Promise<void> {
    const referral = await reportedReferral(manager, data.referralId, event);
    if (!referral) return;
    const { credentialId: id, code, title, validUntil, credential: jws } = data;
    const detail = { credential: { id, code, title, ...(validUntil ? { validUntil } : {}), jws } };
    await this.applyPartnerStep(manager, referral, event.id, { step: 'credential-issued', at: new Date(data.issuedAt), detail });
  }

  async credentialRevoked(data: ReferralCredentialRevoked, event: CloudEvent, manager: EntityManager): Promise<void> {
    const referral = await reportedReferral(manager, data.referralId, event);
    if (!referral) return;
    const detail = { credential: { id: data.credentialId, code: data.code } };
    await this.applyPartnerStep(manager, referral, event.id, { step: 'credential-revoked', at: new Date(data.revokedAt), detail });
  }

  /**
   * The trainee's attendance at a session of the partner's training, as the consent allows: passed on
   * to this node's support service, which pays stipends by it; never on the timeline. Keyed by the
   * participant, so support reads each one's attendance in order.
   */
  async attendance(data: ReferralAttendance, event: CloudEvent, manager: EntityManager): Promise<void> {
    const referral = await reportedReferral(manager, data.referralId, event);
    if (!referral) return;
    const { participantId } = referral;
    const { referralId, sessionId, date, status, recordedAt } = data;
    await this.outbox.add(manager, {
      contract: ReferredAttendanceRecordedV1,
      subject: participantId,
      data: { participantId, referralId, sessionId, date, status, recordedAt },
    });
  }

  /**
   * The participant withdrew consent at home: erase everything the partner gave us (profile, its
   * free-text message and program) and every comment on the timeline, ours about the person too, and
   * the sent events that carried them; keep ids, codes and times, confirm the erasure, and have this
   * node's services erase what they copied, even from a referral already withdrawn.
   */
  async consentWithdrawn(data: PartnerStepData, event: CloudEvent, manager: EntityManager): Promise<void> {
    const referral = await this.partnerStep('consent-withdrawn', data, event, manager);
    if (referral.erasedAt) return;
    const now = this.clock();
    const { message: _message, program: _program, ...request } = referral.request;
    await manager.update(ReferralEntity, { id: referral.id }, { profile: null, request, erasedAt: now });
    await manager.query(`UPDATE referral_steps SET comment = NULL WHERE referral_id = $1`, [referral.id]);
    await this.outbox.forgetSent(manager, referral.id);
    await announceEnd(manager, this.outbox, referral, { reason: 'consent-withdrawn', at: new Date(data.at) });
    await takeStep(manager, this.crossBorder, referral, { contract: ReferralDataErasedV1, step: 'data-erased', status: 'withdrawn', at: now });
  }

  /** On our timeline once, whatever the redeliveries; the status moves as the step says. */
  private async applyPartnerStep(
    manager: EntityManager,
    referral: ReferralEntity,
    eventId: string,
    details: Omit<StepDetails, 'by'>,
  ): Promise<ReferralStatus> {
    await recordStep(manager, referral.id, eventId, { ...details, by: referral.partner });
    const status = statusAfterPartnerStep(referral.status, details.step);
    const receivedAt = details.step === 'received' ? details.at : referral.receivedAt;
    // On the sending node, erasedAt says when the partner confirmed it erased its copy.
    const erasedAt = details.step === 'data-erased' ? details.at : referral.erasedAt;
    await manager.update(ReferralEntity, { id: referral.id }, { status, receivedAt, erasedAt, updatedAt: this.clock() });
    return status;
  }
}
