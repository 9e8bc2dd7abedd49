import { contains, overlaps } from './period';

const year2026 = { from: '2026-01-01', to: '2026-12-31' };

describe('periods', () => {
  it('overlap when they share a single day, and not when one ends the day before the other starts', () => {
    expect(overlaps(year2026, { from: '2026-12-31', to: '2027-12-31' })).toBe(true);
    expect(overlaps(year2026, { from: '2025-06-01', to: '2026-01-01' })).toBe(true);
    expect(overlaps(year2026, { from: '2027-01-01', to: '2027-12-31' })).toBe(false);
    expect(overlaps({ from: '2025-01-01', to: '2025-12-31' }, year2026)).toBe(false);
  });

  it('contain a period that lies inside them, ends included, and not one that sticks out', () => {
    expect(contains(year2026, year2026)).toBe(true);
    expect(contains(year2026, { from: '2026-03-01', to: '2026-03-31' })).toBe(true);
    expect(contains(year2026, { from: '2026-12-01', to: '2027-01-31' })).toBe(false);
    expect(contains(year2026, { from: '2025-12-31', to: '2026-01-31' })).toBe(false);
  });
});
