import { assertTakesVacancies, changeStatus, VacancyStateError } from './vacancy';

describe('vacancy rules', () => {
  it('fills or closes an open vacancy', () => {
    expect(changeStatus('open', 'filled')).toBe('filled');
    expect(changeStatus('open', 'closed')).toBe('closed');
  });

  it('reopens or closes a filled vacancy', () => {
    expect(changeStatus('filled', 'open')).toBe('open');
    expect(changeStatus('filled', 'closed')).toBe('closed');
  });

  it('never moves a closed vacancy, naming what is allowed', () => {
    expect(() => changeStatus('closed', 'open')).toThrow(new VacancyStateError('a closed vacancy cannot become open; allowed: none'));
    expect(() => changeStatus('closed', 'filled')).toThrow(VacancyStateError);
  });

  it('treats asking for the current status as a refused move, not a no-op', () => {
    expect(() => changeStatus('open', 'open')).toThrow('an open vacancy cannot become open; allowed: filled, closed');
    expect(() => changeStatus('filled', 'filled')).toThrow('a filled vacancy cannot become filled; allowed: open, closed');
    expect(() => changeStatus('closed', 'closed')).toThrow(VacancyStateError);
  });

  it('gives vacancies to an employer that is not suspended, and none to one that is', () => {
    expect(() => assertTakesVacancies({ id: 'e1', suspendedAt: null })).not.toThrow();
    expect(() => assertTakesVacancies({ id: 'e1', suspendedAt: new Date('2026-03-01T08:00:00Z') })).toThrow(
      new VacancyStateError('employer e1 is suspended and takes no open vacancies'),
    );
  });
});
