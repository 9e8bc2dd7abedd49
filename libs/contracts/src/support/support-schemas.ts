import { Type } from '@sinclair/typebox';

export const SUPPORT_TYPES = ['childcare', 'transport', 'stipend', 'language-support', 'psychosocial-care', 'other'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];
export const SupportTypeSchema = Type.Union(SUPPORT_TYPES.map((type) => Type.Literal(type)));

/** Money in minor units (cents, grosze) with its ISO 4217 currency: never a float. */
export const Money = Type.Object({
  amountMinor: Type.Integer({ minimum: 0 }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
});

export const SUPPORT_END_REASONS = ['period-ended', 'cap-reached', 'training-ended', 'revoked'] as const;
export type SupportEndReason = (typeof SUPPORT_END_REASONS)[number];

export const STIPEND_OUTCOMES = ['full', 'pro-rata', 'none'] as const;
export type StipendOutcome = (typeof STIPEND_OUTCOMES)[number];
