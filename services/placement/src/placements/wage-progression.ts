import type { WagePeriod } from '@tandem/contracts';

export interface WageAmount {
  amountMinor: number;
  currency: string;
  period: WagePeriod;
}

/**
 * The latest wage over the first, from wages in the order they took effect; null when there is
 * nothing to compare: no first wage to divide by, or a different currency or period.
 */
export function wageProgression(wages: readonly WageAmount[]): number | null {
  const first = wages[0];
  const latest = wages.at(-1);
  if (!first || !latest || first.amountMinor === 0) return null;
  if (first.currency !== latest.currency || first.period !== latest.period) return null;
  return Math.round((latest.amountMinor / first.amountMinor) * 10_000) / 10_000;
}

export function sameWage(a: WageAmount, b: WageAmount): boolean {
  return a.amountMinor === b.amountMinor && a.currency === b.currency && a.period === b.period;
}

/** The wage alone, without a row's or a body's other fields. */
export function amountOf({ amountMinor, currency, period }: WageAmount): WageAmount {
  return { amountMinor, currency, period };
}
