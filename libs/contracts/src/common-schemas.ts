import { Type } from '@sinclair/typebox';

export const MunicipalityId = Type.String({ pattern: '^[a-z]{2}-[a-z0-9-]+$', maxLength: 64 });

export const CefrLevel = Type.Union(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((level) => Type.Literal(level)));

/** Purposes a consent receipt may cover (ISO/IEC TS 27560 "purpose" entries). */
export const CONSENT_PURPOSES = [
  'cross-border-referral',
  'progress-sharing',
  'outcome-tracking',
  'employer-sharing',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const ConsentPurposeSchema = Type.Union(CONSENT_PURPOSES.map((purpose) => Type.Literal(purpose)));
