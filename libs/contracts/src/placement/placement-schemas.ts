import { Type } from '@sinclair/typebox';

export const PLACEMENT_TYPES = ['internship', 'apprenticeship', 'work-trial', 'job', 'self-employment', 'cooperative-membership'] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];
export const PlacementTypeSchema = Type.Union(PLACEMENT_TYPES.map((type) => Type.Literal(type)));

export const WAGE_PERIODS = ['hour', 'month', 'year'] as const;
export type WagePeriod = (typeof WAGE_PERIODS)[number];

/** A wage as agreed: minor units per period, with its currency. */
export const Wage = Type.Object({
  amountMinor: Type.Integer({ minimum: 0 }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  period: Type.Union(WAGE_PERIODS.map((period) => Type.Literal(period))),
});

/** Why a placement ended; coarse, so no code reveals health or a grievance. */
export const PLACEMENT_END_REASONS = ['contract-ended', 'resigned', 'dismissed', 'moved-to-other-job', 'business-closed', 'personal-reasons', 'other'] as const;
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];

export const RETENTION_CHECKPOINT_DAYS = [30, 90, 180, 365] as const;
export type RetentionCheckpointDays = (typeof RETENTION_CHECKPOINT_DAYS)[number];
