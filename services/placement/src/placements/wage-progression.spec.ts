import { sameWage, type WageAmount, wageProgression } from './wage-progression';

const pln = (amountMinor: number, period: WageAmount['period'] = 'month'): WageAmount => ({ amountMinor, currency: 'PLN', period });

describe('wage progression', () => {
  it('is the latest wage over the first', () => {
    expect(wageProgression([pln(480_000), pln(500_000), pln(520_000)])).toBe(1.0833);
    expect(wageProgression([pln(500_000), pln(450_000)])).toBe(0.9);
  });

  it('is 1 while the first wage is the only one', () => {
    expect(wageProgression([pln(480_000)])).toBe(1);
  });

  it('compares nothing across currencies or periods, from an unpaid start or without wages', () => {
    expect(wageProgression([pln(480_000), { amountMinor: 120_000, currency: 'EUR', period: 'month' }])).toBeNull();
    expect(wageProgression([pln(480_000), pln(3_000, 'hour')])).toBeNull();
    expect(wageProgression([pln(0), pln(300_000)])).toBeNull();
    expect(wageProgression([])).toBeNull();
  });

  it('compares only the latest with the first, whatever came between', () => {
    expect(wageProgression([pln(400_000), { amountMinor: 90_000, currency: 'EUR', period: 'month' }, pln(440_000)])).toBe(1.1);
  });

  it('tells a change of wage by amount, currency or period', () => {
    expect(sameWage(pln(480_000), pln(480_000))).toBe(true);
    expect(sameWage(pln(480_000), pln(480_001))).toBe(false);
    expect(sameWage(pln(480_000), { ...pln(480_000), currency: 'EUR' })).toBe(false);
    expect(sameWage(pln(480_000), pln(480_000, 'year'))).toBe(false);
  });
});
