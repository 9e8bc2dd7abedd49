import { outsideDays } from './day';
import { PlacementRuleError } from './placement';
import { assertAnswerable, checkpointsFor } from './retention';

describe('retention checkpoints', () => {
  it('falls due 30, 90, 180 and 365 days after the start, counting across months, years and a leap day', () => {
    expect(checkpointsFor('2027-04-01')).toEqual([
      { days: 30, dueOn: '2027-05-01' },
      { days: 90, dueOn: '2027-06-30' },
      { days: 180, dueOn: '2027-09-28' },
      { days: 365, dueOn: '2028-03-31' },
    ]);
    expect(checkpointsFor('2026-01-31').map((checkpoint) => checkpoint.dueOn)).toEqual(['2026-03-02', '2026-05-01', '2026-07-30', '2027-01-31']);
    expect(checkpointsFor('2025-12-15')[0].dueOn).toBe('2026-01-14');
  });

  it('is answered once', () => {
    const open = { days: 30 as const, dueOn: '2027-05-01', recordedOn: null };
    expect(() => assertAnswerable(open, { endedOn: null })).not.toThrow();
    expect(() => assertAnswerable({ ...open, recordedOn: '2027-05-02' }, { endedOn: null })).toThrow('answered on 2027-05-02');
  });

  it('is no longer asked once the placement ended before it fell due, but still is up to the last day', () => {
    const checkpoint = { days: 90 as const, dueOn: '2027-06-30', recordedOn: null };
    expect(() => assertAnswerable(checkpoint, { endedOn: '2027-06-30' })).not.toThrow();
    expect(() => assertAnswerable(checkpoint, { endedOn: '2027-06-29' })).toThrow(PlacementRuleError);
  });
});

describe('days', () => {
  const window = (day: string) => outsideDays(day, { day: '2027-04-24', what: 'a week before it falls due' }, { day: '2027-05-03', what: 'today' });

  it('accepts both ends of a window and says which end a day falls beyond', () => {
    expect(window('2027-04-24')).toBeNull();
    expect(window('2027-05-03')).toBeNull();
    expect(window('2027-04-23')).toBe('must not be before a week before it falls due, 2027-04-24');
    expect(window('2027-05-04')).toBe('must not be after today, 2027-05-03');
  });
});
