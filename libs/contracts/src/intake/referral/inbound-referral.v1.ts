import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../event-contract';
import { LanguageLevel, MunicipalityId } from '../../common-schemas';
import { ReferralId } from './referral-schemas';

const IscoCode = Type.String({ pattern: '^[0-9]{4}$', description: 'ISCO-08 unit group' });

/**
 * Node-local: the receiving node's training service enrolls the trainee from this. Carries the
 * trainee's name only as far as the sending node shared it (a roster needs it), nothing else of the profile.
 */
export const InboundReferralAcceptedV1 = defineEvent({
  service: 'intake',
  family: 'referral',
  name: 'inbound-referral-accepted',
  version: 1,
  description:
    'A caseworker of this node accepted a referral from a partner node; the trainee can now be enrolled. ' +
    '`progressSharing` says whether the participant consented to progress going back to the referring node; ' +
    '`employerSharing` whether the consent also covers employer-sharing (placement may then put the trainee before employers), ' +
    'and `languages` are those of the minimal profile, when it shared them. Both were added later and are optional, so v1 stays compatible.',
  schema: Type.Object({
    referralId: ReferralId,
    from: MunicipalityId,
    acceptedAt: Type.String({ format: 'date-time' }),
    request: Type.Object({ occupation: Type.Optional(IscoCode), program: Type.Optional(Type.String({ maxLength: 200 })) }),
    trainee: Type.Object({
      givenName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
      familyName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    }),
    progressSharing: Type.Boolean(),
    employerSharing: Type.Optional(Type.Boolean()),
    languages: Type.Optional(Type.Array(LanguageLevel, { maxItems: 20 })),
  }),
  example: {
    referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01',
    from: 'de-goerlitz',
    acceptedAt: '2026-11-23T08:15:00.000Z',
    request: { occupation: '7212', program: 'Welding, evening cohort' },
    trainee: { givenName: 'Olena', familyName: 'Kovalenko' },
    progressSharing: true,
    employerSharing: true,
    languages: [{ code: 'uk', level: 'C2' }, { code: 'pl', level: 'B1' }],
  },
});

export const REFERRAL_END_REASONS = ['withdrawn', 'consent-withdrawn'] as const;
export type ReferralEndReason = (typeof REFERRAL_END_REASONS)[number];

/** Node-local: whoever acted on an inbound referral must stop sharing, and on `consent-withdrawn` erase what it copied. */
export const InboundReferralEndedV1 = defineEvent({
  service: 'intake',
  family: 'referral',
  name: 'inbound-referral-ended',
  version: 1,
  description:
    'An accepted inbound referral ended: withdrawn by either node, or the participant withdrew the consent it was sent under ' +
    '(then every copy of the trainee’s name on this node must be erased). Nothing more may go back to the referring node.',
  schema: Type.Object({
    referralId: ReferralId,
    endedAt: Type.String({ format: 'date-time' }),
    reason: Type.Union(REFERRAL_END_REASONS.map((reason) => Type.Literal(reason))),
  }),
  example: { referralId: '0b8f8a0e-3c1d-4b7e-9f2a-5d6c7e8f9a01', endedAt: '2026-12-01T14:00:05.000Z', reason: 'consent-withdrawn' },
});
