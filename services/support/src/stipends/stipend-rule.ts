import type { AttendanceTally, StipendOutcome } from '@tandem/contracts';
import type { SupportRules } from '../catalog/support-rules';

export interface Stipend {
  outcome: StipendOutcome;
  amountMinor: number;
}

/**
 * A month's stipend from that month's attendance: the full amount at or above the rule's rate,
 * below it pro rata (rounded down to the minor unit, never paying more than earned) or nothing.
 * A month without any counted session pays nothing; a type without an attendance rule pays in full.
 */
export function stipendFor(monthlyMinor: number, rules: SupportRules, tally: AttendanceTally): Stipend {
  const rule = rules.attendance;
  if (!rule) return { outcome: 'full', amountMinor: monthlyMinor };
  if (tally.rate === null) return { outcome: 'none', amountMinor: 0 };
  if (tally.rate >= rule.fullFrom) return { outcome: 'full', amountMinor: monthlyMinor };
  if (rule.below === 'none' || tally.rate === 0) return { outcome: 'none', amountMinor: 0 };
  return { outcome: 'pro-rata', amountMinor: Math.floor(monthlyMinor * tally.rate) };
}
