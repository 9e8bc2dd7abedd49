import type { EnrollmentFact, PlacementFact } from './outcome-facts';
import { outcomeOf, placedWithin, retainedAt, supportCostDuring, wageProgression } from './outcome-rules';

const enrollment = (overrides: Partial<EnrollmentFact> = {}): EnrollmentFact => ({
  enrollmentId: 'e1',
  programId: 'p1',
  participantId: 'olena',
  crossBorder: false,
  confirmedOn: '2027-01-04',
  completedOn: '2027-03-31',
  droppedOn: null,
  dropReason: null,
  ...overrides,
});

const placement = (startedOn: string, overrides: Partial<PlacementFact> = {}): PlacementFact => ({
  placementId: `pl-${startedOn}`,
  participantId: 'olena',
  startedOn,
  endedOn: null,
  checkpoints: {},
  wages: [],
  ...overrides,
});

describe('placement within 90 days of completion', () => {
  const later = '2028-01-01';

  it('counts a placement started on the day of completion and one on the 90th day after it', () => {
    expect(placedWithin(enrollment(), [placement('2027-03-31')], 90, later)).toBe(true);
    expect(placedWithin(enrollment(), [placement('2027-06-29')], 90, later)).toBe(true);
  });

  it('does not count one started on the 91st day, nor one started before completion', () => {
    expect(placedWithin(enrollment(), [placement('2027-06-30')], 90, later)).toBe(false);
    expect(placedWithin(enrollment(), [placement('2027-03-30')], 90, later)).toBe(false);
  });

  it('leaves a completer out until the 90 days have passed, so a recent cohort does not look unplaced', () => {
    expect(placedWithin(enrollment(), [], 90, '2027-06-28')).toBeNull();
    expect(placedWithin(enrollment(), [], 90, '2027-06-29')).toBe(false);
  });

  it('leaves out enrolments not completed, and referred trainees whose placement is at their home node', () => {
    expect(placedWithin(enrollment({ completedOn: null }), [], 90, later)).toBeNull();
    expect(placedWithin(enrollment({ participantId: null, crossBorder: true }), [], 90, later)).toBeNull();
  });

  it('counts a placement on day 150 within 180 days but not within 90', () => {
    expect(placedWithin(enrollment(), [placement('2027-08-28')], 90, later)).toBe(false);
    expect(placedWithin(enrollment(), [placement('2027-08-28')], 180, later)).toBe(true);
  });
});

describe('retention', () => {
  it('takes what the checkpoint recorded', () => {
    expect(retainedAt(placement('2027-04-01', { checkpoints: { 90: false } }), 90, '2028-01-01')).toBe(false);
    expect(retainedAt(placement('2027-04-01', { checkpoints: { 90: true }, endedOn: '2027-05-01' }), 90, '2028-01-01')).toBe(true);
  });

  it('without a checkpoint, counts a placement retained unless it ended before the day', () => {
    expect(retainedAt(placement('2027-04-01'), 90, '2028-01-01')).toBe(true);
    expect(retainedAt(placement('2027-04-01', { endedOn: '2027-06-29' }), 90, '2028-01-01')).toBe(false);
    expect(retainedAt(placement('2027-04-01', { endedOn: '2027-06-30' }), 90, '2028-01-01')).toBe(true);
  });

  it('does not count a placement whose day has not come', () => {
    expect(retainedAt(placement('2027-04-01'), 365, '2028-03-30')).toBeNull();
    expect(retainedAt(undefined, 90, '2028-01-01')).toBeNull();
  });
});

describe('wage progression', () => {
  const wage = (effectiveOn: string, amountMinor: number, period: 'month' | 'hour' = 'month') => ({ effectiveOn, amountMinor, currency: 'EUR', period });

  it('is the latest wage in force over the first', () => {
    expect(wageProgression([wage('2027-04-01', 200_000), wage('2027-10-01', 230_000)], '2028-01-01')).toBe(1.15);
  });

  it('ignores raises after the day, and compares nothing across periods', () => {
    expect(wageProgression([wage('2027-04-01', 200_000), wage('2028-02-01', 230_000)], '2028-01-01')).toBe(1);
    expect(wageProgression([wage('2027-04-01', 200_000), wage('2027-10-01', 1_500, 'hour')], '2028-01-01')).toBeNull();
  });
});

const NO_EVIDENCE = { placements: [], deliveries: [], surveys: [] };

describe('an enrolment and its outcome', () => {
  it('keeps the first answer of each survey wave', () => {
    const scores = (quality: number) => ({ quality, languageSupport: 3, fairness: 3, usefulness: 3 });
    const surveys = [
      { enrollmentId: 'e', wave: 'completion' as const, scores: scores(5) },
      { enrollmentId: 'e', wave: 'completion' as const, scores: scores(1) },
      { enrollmentId: 'e', wave: 'after-90-days' as const, scores: scores(2) },
    ];
    expect(outcomeOf(enrollment(), { ...NO_EVIDENCE, surveys }, '2028-01-01').satisfaction).toEqual({ completion: scores(5), 'after-90-days': scores(2) });
  });

  it('counts support delivered while enrolled, per currency', () => {
    const deliveries = [
      { participantId: 'olena', deliveredOn: '2027-01-03', amountMinor: 100, currency: 'EUR' },
      { participantId: 'olena', deliveredOn: '2027-01-04', amountMinor: 4_500, currency: 'EUR' },
      { participantId: 'olena', deliveredOn: '2027-03-31', amountMinor: 2_000, currency: 'PLN' },
      { participantId: 'olena', deliveredOn: '2027-04-01', amountMinor: 999, currency: 'EUR' },
    ];
    expect(supportCostDuring(enrollment(), deliveries, '2028-01-01')).toEqual({ EUR: 4_500, PLN: 2_000 });
  });

  it('is neither completed nor dropped before the day it happens', () => {
    const outcome = outcomeOf(enrollment({ completedOn: null, droppedOn: '2027-02-01', dropReason: 'moved-away' }), NO_EVIDENCE, '2027-01-31');
    expect(outcome).toMatchObject({ ended: false, completed: false, dropReason: null });
    expect(outcomeOf(enrollment({ completedOn: null, droppedOn: '2027-02-01', dropReason: 'moved-away' }), NO_EVIDENCE, '2027-02-01')).toMatchObject({
      ended: true,
      dropReason: 'moved-away',
    });
  });
});
