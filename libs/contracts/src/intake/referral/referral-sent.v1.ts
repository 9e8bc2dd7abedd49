import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../event-contract';
import { ConsentPurposeSchema, MunicipalityId } from '../../common-schemas';
import { ReferralId, ReferralRequest, SharedProfile } from './referral-schemas';

export const ReferralSentV1 = defineEvent({
  service: 'intake',
  family: 'referral',
  name: 'referral-sent',
  version: 1,
  exchange: true,
  description:
    'A caseworker referred a participant to a program or occupation in the destination municipality. ' +
    'Carries only the profile fields the participant consented to share; never status, gender, notes or health.',
  schema: Type.Object({
    referralId: ReferralId,
    from: MunicipalityId,
    to: MunicipalityId,
    sentAt: Type.String({ format: 'date-time' }),
    request: ReferralRequest,
    /** `override`: sent without a covering consent by a permitted user; recorded on both nodes. */
    legalBasis: Type.Union([Type.Literal('consent'), Type.Literal('override')]),
    consent: Type.Optional(
      Type.Object({
        purposes: Type.Array(ConsentPurposeSchema, { minItems: 1 }),
        noticeVersion: Type.String({ maxLength: 32 }),
        givenAt: Type.String({ format: 'date-time' }),
      }),
    ),
    profile: SharedProfile,
  }),
  example: {
    referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01',
    from: 'de-goerlitz',
    to: 'pl-zgorzelec',
    sentAt: '2026-11-22T10:00:00.000Z',
    request: { occupation: '7212', program: 'Welding, evening cohort' },
    legalBasis: 'consent',
    consent: { purposes: ['cross-border-referral', 'progress-sharing'], noticeVersion: '2026-01', givenAt: '2026-11-22T09:35:00.000Z' },
    profile: { givenName: 'Olena', languages: [{ code: 'uk', level: 'C2' }, { code: 'pl', level: 'A2' }] },
  },
});
