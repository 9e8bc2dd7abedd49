import { monthlyTallies } from './attendance-rate';

describe('monthly attendance rates', () => {
  it('is computed per calendar month, in order', () => {
    const months = monthlyTallies([
      { date: '2026-12-01', status: 'absent' },
      { date: '2026-11-30', status: 'present' },
      { date: '2026-12-03', status: 'present' },
      { date: '2026-12-05', status: 'present' },
      { date: '2026-12-08', status: 'present' },
    ]);
    expect(months).toEqual([
      { month: '2026-11', present: 1, absent: 0, excused: 0, rate: 1 },
      { month: '2026-12', present: 3, absent: 1, excused: 0, rate: 0.75 },
    ]);
  });
});
