import { tallyAttendance } from '@tandem/contracts';
import { stipendFor } from './stipend-rule';

describe('stipend rule', () => {
  const proRata = { attendance: { fullFrom: 0.8, below: 'pro-rata' as const } };
  const allOrNothing = { attendance: { fullFrom: 0.8, below: 'none' as const } };
  const month = (present: number, absent: number, excused = 0) =>
    tallyAttendance([...Array(present).fill('present'), ...Array(absent).fill('absent'), ...Array(excused).fill('excused')]);

  it('pays in full at or above the threshold', () => {
    expect(stipendFor(30_000, proRata, month(20, 0))).toEqual({ outcome: 'full', amountMinor: 30_000 });
    expect(stipendFor(30_000, proRata, month(17, 3))).toEqual({ outcome: 'full', amountMinor: 30_000 });
    expect(stipendFor(30_000, proRata, month(16, 4))).toEqual({ outcome: 'full', amountMinor: 30_000 });
  });

  it('pays pro rata below it, never more than earned', () => {
    expect(stipendFor(30_000, proRata, month(10, 10))).toEqual({ outcome: 'pro-rata', amountMinor: 15_000 });
    expect(stipendFor(10_001, proRata, month(1, 2))).toEqual({ outcome: 'pro-rata', amountMinor: 3_333 });
  });

  it('pays nothing below it when the rule says so, or when nothing was attended', () => {
    expect(stipendFor(30_000, allOrNothing, month(10, 10))).toEqual({ outcome: 'none', amountMinor: 0 });
    expect(stipendFor(30_000, proRata, month(0, 5))).toEqual({ outcome: 'none', amountMinor: 0 });
  });

  it('counts excused absences neither way, and a month without counted sessions pays nothing', () => {
    expect(month(8, 2, 10).rate).toBe(0.8);
    expect(stipendFor(30_000, proRata, month(0, 0, 4))).toEqual({ outcome: 'none', amountMinor: 0 });
  });

  it('pays a type without an attendance rule in full', () => {
    expect(stipendFor(30_000, {}, month(0, 0))).toEqual({ outcome: 'full', amountMinor: 30_000 });
  });
});
