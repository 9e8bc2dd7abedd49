import { Type } from '@sinclair/typebox';
import { CefrLevel, EscoSkillUri } from '../../common-schemas';

export const ReferralId = Type.String({ format: 'uuid' });

/**
 * Profile fields a consent may let cross the border. Everything else of a participant (status,
 * gender, notes, health, support) has no place in this list and so can never be shared.
 */
export const SHAREABLE_PROFILE_FIELDS = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'languages',
  'skills',
  'education',
  'workExperience',
] as const;
export type ShareableProfileField = (typeof SHAREABLE_PROFILE_FIELDS)[number];

const IscoCode = Type.String({ pattern: '^[0-9]{4}$', description: 'ISCO-08 unit group' });
const Country = Type.String({ pattern: '^[A-Z]{2}$' });
const Year = Type.Integer({ minimum: 1900, maximum: 2200 });

/** The minimal profile: closed, so a field outside the list above makes the whole message invalid. */
export const SharedProfile = Type.Object(
  {
    givenName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    familyName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    dateOfBirth: Type.Optional(Type.String({ format: 'date' })),
    languages: Type.Optional(
      Type.Array(Type.Object({ code: Type.String({ pattern: '^[a-z]{2,3}$' }), level: CefrLevel }, { additionalProperties: false }), {
        maxItems: 20,
      }),
    ),
    skills: Type.Optional(
      Type.Array(
        Type.Object(
          {
            uri: EscoSkillUri,
            label: Type.String({ maxLength: 300 }),
            proficiency: Type.String({ maxLength: 20 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 200 },
      ),
    ),
    education: Type.Optional(
      Type.Array(
        Type.Object(
          {
            level: Type.Integer({ minimum: 0, maximum: 8, description: 'ISCED 2011' }),
            field: Type.String({ maxLength: 200 }),
            country: Country,
            completedYear: Type.Optional(Year),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    ),
    workExperience: Type.Optional(
      Type.Array(
        Type.Object(
          { occupation: IscoCode, title: Type.String({ maxLength: 200 }), country: Country, fromYear: Year, toYear: Type.Optional(Year) },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    ),
  },
  { additionalProperties: false },
);

export const ReferralRequest = Type.Object(
  {
    occupation: Type.Optional(IscoCode),
    program: Type.Optional(Type.String({ maxLength: 200 })),
    message: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const DECLINE_REASONS = ['no-capacity', 'not-eligible', 'program-unavailable', 'other'] as const;
export const WITHDRAWAL_REASONS = ['participant-request', 'found-other-program', 'moved-away', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((value) => Type.Literal(value)));
export const DeclineReasonSchema = literals(DECLINE_REASONS);
export const WithdrawalReasonSchema = literals(WITHDRAWAL_REASONS);
export const Comment = Type.String({ maxLength: 500 });
