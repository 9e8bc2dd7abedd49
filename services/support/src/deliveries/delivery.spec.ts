import { SupportRuleError } from '../entitlements/entitlement';
import { assertDeliverable, assertWithinCaps, defaultAmount } from './delivery';

describe('delivery rules', () => {
  const caps = { capMinor: 10_000, capUnits: 10 };

  it('takes a delivery that fills the cap exactly, in money and in units', () => {
    expect(() => assertWithinCaps(caps, { amountMinor: 7_000, units: 7 }, { amountMinor: 3_000, units: 3 })).not.toThrow();
    expect(() => assertWithinCaps(caps, { amountMinor: 0, units: 0.3 }, { amountMinor: 0, units: 9.7 })).not.toThrow();
  });

  it('refuses a delivery that would pass the money cap', () => {
    expect(() => assertWithinCaps(caps, { amountMinor: 7_000, units: 1 }, { amountMinor: 3_001, units: 1 })).toThrow('over its cap: 3000 of 10000');
  });

  it('refuses a delivery that would pass the unit cap, and counts no units when there is none', () => {
    expect(() => assertWithinCaps(caps, { amountMinor: 0, units: 9.5 }, { amountMinor: 0, units: 0.51 })).toThrow('cap of 10 units');
    expect(() => assertWithinCaps({ ...caps, capUnits: null }, { amountMinor: 0, units: 500 }, { amountMinor: 0, units: 1 })).not.toThrow();
  });

  it('logs support only under an approved entitlement', () => {
    expect(() => assertDeliverable('approved')).not.toThrow();
    for (const status of ['pending-approval', 'rejected', 'ended'] as const) expect(() => assertDeliverable(status)).toThrow(SupportRuleError);
  });

  it('prices units at the unit cost, rounded to the minor unit', () => {
    expect(defaultAmount(3, 1_500)).toBe(4_500);
    expect(defaultAmount(1.5, 333)).toBe(500);
  });
});
