export const SUPPORT_UNITS = ['hour', 'trip', 'month', 'session'] as const;
export type SupportUnit = (typeof SUPPORT_UNITS)[number];

export const BELOW_THRESHOLD = ['pro-rata', 'none'] as const;
export type BelowThreshold = (typeof BELOW_THRESHOLD)[number];

/**
 * How a support type is priced beyond unit × cost. A stipend may depend on the month's attendance:
 * at or above `fullFrom` the full monthly amount, below it pro rata to the rate, or nothing.
 */
export interface SupportRules {
  attendance?: { fullFrom: number; below: BelowThreshold };
}
