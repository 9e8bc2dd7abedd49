import { type TProperties, Type } from '@sinclair/typebox';
import { defineEvent } from '../../event-contract';
import { Comment, DeclineReasonSchema, ReferralId, WithdrawalReasonSchema } from './referral-schemas';

const EXAMPLE_REFERRAL = '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01';
const EXAMPLE_TIME = '2026-11-22T10:05:00.000Z';

/** A later step of a referral conversation: the referral, when it happened, and what the step adds. */
function referralStep<P extends TProperties>(name: string, description: string, extra: P, example: Record<string, unknown>) {
  return defineEvent({
    service: 'intake',
    family: 'referral',
    name,
    version: 1,
    exchange: true,
    description,
    schema: Type.Object({ referralId: ReferralId, at: Type.String({ format: 'date-time' }), ...extra }),
    example: { referralId: EXAMPLE_REFERRAL, at: EXAMPLE_TIME, ...example } as never,
  });
}

export const ReferralReceivedV1 = referralStep(
  'referral-received',
  'The destination node stored the referral; its caseworkers can now see it.',
  {},
  {},
);

export const ReferralAcceptedV1 = referralStep('referral-accepted', 'The destination node accepted the referral.', {}, {});

export const ReferralDeclinedV1 = referralStep(
  'referral-declined',
  'The destination node declined the referral, with a reason.',
  { reason: DeclineReasonSchema, comment: Type.Optional(Comment) },
  { reason: 'no-capacity', comment: 'Next cohort starts in March.' },
);

export const ReferralWithdrawnV1 = referralStep(
  'referral-withdrawn',
  'Either node withdrew the referral, with a reason; the conversation ends.',
  { reason: WithdrawalReasonSchema, comment: Type.Optional(Comment) },
  { reason: 'participant-request' },
);

export const ReferralConsentWithdrawnV1 = referralStep(
  'referral-consent-withdrawn',
  'The participant withdrew the consent the referral was sent under: the destination must erase what it was given.',
  {},
  {},
);

export const ReferralDataErasedV1 = referralStep(
  'referral-data-erased',
  'The destination node erased the personal data it held for the referral; only ids and steps remain.',
  {},
  {},
);
