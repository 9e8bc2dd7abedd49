import { assertModulesEditable, assertTakesCohorts, changeStatus, ProgramStateError } from './program';

describe('program rules', () => {
  it('opens a draft that has a required module', () => {
    expect(changeStatus('draft', 'open', 1)).toBe('open');
  });

  it('refuses to open a draft whose modules are all optional, or that has none', () => {
    expect(() => changeStatus('draft', 'open', 0)).toThrow(new ProgramStateError('a program opens only with at least one required module'));
  });

  it('closes an open program, and a draft that never opened, whatever its modules', () => {
    expect(changeStatus('open', 'closed', 2)).toBe('closed');
    expect(changeStatus('draft', 'closed', 0)).toBe('closed');
  });

  it('refuses every other move, naming what is allowed', () => {
    expect(() => changeStatus('open', 'draft', 1)).toThrow('an open program cannot become draft; allowed: closed');
    expect(() => changeStatus('closed', 'open', 1)).toThrow('a closed program cannot become open; allowed: none');
    expect(() => changeStatus('closed', 'draft', 1)).toThrow(ProgramStateError);
  });

  it('treats asking for the current status as a refused move, not a no-op', () => {
    expect(() => changeStatus('draft', 'draft', 1)).toThrow(ProgramStateError);
    expect(() => changeStatus('open', 'open', 1)).toThrow(ProgramStateError);
  });

  it('lets only a draft change its modules', () => {
    expect(() => assertModulesEditable('draft')).not.toThrow();
    expect(() => assertModulesEditable('open')).toThrow('the modules of an open program cannot change; only a draft\'s can');
    expect(() => assertModulesEditable('closed')).toThrow(ProgramStateError);
  });

  it('plans cohorts for drafts and open programs, never for a closed one', () => {
    expect(() => assertTakesCohorts('draft')).not.toThrow();
    expect(() => assertTakesCohorts('open')).not.toThrow();
    expect(() => assertTakesCohorts('closed')).toThrow(new ProgramStateError('a closed program takes no new cohorts'));
  });
});
