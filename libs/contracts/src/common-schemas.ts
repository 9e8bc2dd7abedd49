import { Type } from '@sinclair/typebox';

export const MunicipalityId = Type.String({ pattern: '^[a-z]{2}-[a-z0-9-]+$', maxLength: 64 });

/** An ESCO skill, by its concept URI. */
export const EscoSkillUri = Type.String({ pattern: '^http://data\\.europa\\.eu/esco/skill/[0-9a-f-]{36}$' });

export const CefrLevel = Type.Union(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((level) => Type.Literal(level)));

/** A language someone speaks (ISO 639 code) at a CEFR level. */
export const LanguageLevel = Type.Object({ code: Type.String({ pattern: '^[a-z]{2,3}$' }), level: CefrLevel });

/** Purposes a consent receipt may cover (ISO/IEC TS 27560 "purpose" entries). */
export const CONSENT_PURPOSES = [
  'cross-border-referral',
  'progress-sharing',
  'outcome-tracking',
  'employer-sharing',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const ConsentPurposeSchema = Type.Union(CONSENT_PURPOSES.map((purpose) => Type.Literal(purpose)));

/** How a learning outcome is assessed: in training's modules and in the credentials that attest them. */
export const ASSESSMENT_METHODS = ['practical', 'written', 'oral', 'portfolio'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];
