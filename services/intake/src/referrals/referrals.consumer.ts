import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Static } from '@sinclair/typebox';
import {
  ReferralAcceptedV1,
  ReferralAttendanceV1,
  ReferralConsentWithdrawnV1,
  ReferralCredentialIssuedV1,
  ReferralCredentialRevokedV1,
  ReferralDataErasedV1,
  ReferralDeclinedV1,
  ReferralProgressV1,
  ReferralReceivedV1,
  ReferralSentV1,
  ReferralWithdrawnV1,
} from '@tandem/contracts';
import { InboxEventContext } from '@tandem/platform';
import { type PartnerStepData, ReferralInbox } from './referral-inbox';

/** The referral conversation, and the partner's training progress, attendance and credentials, as they arrive in this node's exchange inbox, verified and deduplicated. */
@Controller()
export class ReferralsConsumer {
  constructor(private readonly inbox: ReferralInbox) {}

  @EventPattern(ReferralSentV1.type)
  sent(@Payload() data: Static<typeof ReferralSentV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.inbox.referralSent(data, context.event, context.manager);
  }

  @EventPattern(ReferralReceivedV1.type)
  async received(@Payload() data: PartnerStepData, @Ctx() context: InboxEventContext): Promise<void> {
    await this.inbox.partnerStep('received', data, context.event, context.manager);
  }

  @EventPattern(ReferralAcceptedV1.type)
  async accepted(@Payload() data: PartnerStepData, @Ctx() context: InboxEventContext): Promise<void> {
    await this.inbox.partnerStep('accepted', data, context.event, context.manager);
  }

  @EventPattern(ReferralDeclinedV1.type)
  async declined(@Payload() data: PartnerStepData, @Ctx() context: InboxEventContext): Promise<void> {
    await this.inbox.partnerStep('declined', data, context.event, context.manager);
  }

  @EventPattern(ReferralWithdrawnV1.type)
  async withdrawn(@Payload() data: PartnerStepData, @Ctx() context: InboxEventContext): Promise<void> {
    await this.inbox.partnerStep('withdrawn', data, context.event, context.manager);
  }

  @EventPattern(ReferralConsentWithdrawnV1.type)
  consentWithdrawn(@Payload() data: PartnerStepData, @Ctx() context: InboxEventContext): Promise<void> {
    return this.inbox.consentWithdrawn(data, context.event, context.manager);
  }

  @EventPattern(ReferralDataErasedV1.type)
  async dataErased(@Payload() data: PartnerStepData, @Ctx() context: InboxEventContext): Promise<void> {
    await this.inbox.partnerStep('data-erased', data, context.event, context.manager);
  }

  @EventPattern(ReferralProgressV1.type)
  progress(@Payload() data: Static<typeof ReferralProgressV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.inbox.progress(data, context.event, context.manager);
  }

  @EventPattern(ReferralAttendanceV1.type)
  attendance(@Payload() data: Static<typeof ReferralAttendanceV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.inbox.attendance(data, context.event, context.manager);
  }

  @EventPattern(ReferralCredentialIssuedV1.type)
  credentialIssued(@Payload() data: Static<typeof ReferralCredentialIssuedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.inbox.credentialIssued(data, context.event, context.manager);
  }

  @EventPattern(ReferralCredentialRevokedV1.type)
  credentialRevoked(@Payload() data: Static<typeof ReferralCredentialRevokedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    return this.inbox.credentialRevoked(data, context.event, context.manager);
  }
}
