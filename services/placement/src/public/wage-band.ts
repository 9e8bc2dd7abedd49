import type { Static } from '@sinclair/typebox';
import type { WageBand, WagePeriod } from '@tandem/contracts';
import type { WageAmount } from '../placements/wage-progression';

/** Band widths in minor units: wide enough that a band holds many pay slips, narrow enough to show progression. */
const BAND_WIDTH_MINOR: Record<WagePeriod, number> = { hour: 200, month: 50_000, year: 600_000 };

export function wageBandOf(wage: WageAmount): Static<typeof WageBand> {
  const width = BAND_WIDTH_MINOR[wage.period];
  const fromMinor = Math.floor(wage.amountMinor / width) * width;
  return { currency: wage.currency, period: wage.period, fromMinor, toMinor: fromMinor + width };
}
