import { sessionProblems } from './session';

const context = {
  cohort: { startsOn: '2026-09-01', endsOn: '2026-12-20' },
  programModuleIds: ['module-safety', 'module-welding'],
};

describe('session rules', () => {
  it('accepts a session on the first and on the last day of the cohort', () => {
    expect(sessionProblems({ date: '2026-09-01' }, context)).toEqual({});
    expect(sessionProblems({ date: '2026-12-20', moduleId: 'module-welding' }, context)).toEqual({});
  });

  it('refuses a date before the cohort starts or after it ends', () => {
    const outside = { date: ['date must be within the cohort, 2026-09-01 to 2026-12-20'] };
    expect(sessionProblems({ date: '2026-08-31' }, context)).toEqual(outside);
    expect(sessionProblems({ date: '2026-12-21' }, context)).toEqual(outside);
  });

  it("refuses a module that is not part of the cohort's program", () => {
    expect(sessionProblems({ date: '2026-10-03', moduleId: 'module-plumbing' }, context)).toEqual({
      moduleId: ["module module-plumbing is not part of the cohort's program"],
    });
  });

  it('names every wrong field at once', () => {
    expect(Object.keys(sessionProblems({ date: '2027-01-05', moduleId: 'module-plumbing' }, context))).toEqual(['date', 'moduleId']);
  });
});
