import type { ProgramStatus } from './catalog-types';

/** The program's status forbids the change; answered with 409. */
export class ProgramStateError extends Error {
  override readonly name = 'ProgramStateError';
}

const aProgram = (status: ProgramStatus) => `${status === 'open' ? 'an' : 'a'} ${status} program`;

const TRANSITIONS: Record<ProgramStatus, readonly ProgramStatus[]> = {
  draft: ['open', 'closed'],
  open: ['closed'],
  closed: [],
};

/**
 * The status a program moves to. Opening needs a required module: completion is judged on required
 * modules, so a program without one would complete no trainee.
 */
export function changeStatus(from: ProgramStatus, to: ProgramStatus, requiredModules: number): ProgramStatus {
  if (!TRANSITIONS[from].includes(to)) {
    throw new ProgramStateError(`${aProgram(from)} cannot become ${to}; allowed: ${TRANSITIONS[from].join(', ') || 'none'}`);
  }
  if (to === 'open' && requiredModules === 0) throw new ProgramStateError('a program opens only with at least one required module');
  return to;
}

/** Trainees are enrolled against the module list, so it is fixed once the program leaves draft. */
export function assertModulesEditable(status: ProgramStatus): void {
  if (status !== 'draft') throw new ProgramStateError(`the modules of ${aProgram(status)} cannot change; only a draft's can`);
}

/** A closed program is over: it runs no new cohort. A draft may plan its first ones. */
export function assertTakesCohorts(status: ProgramStatus): void {
  if (status === 'closed') throw new ProgramStateError('a closed program takes no new cohorts');
}
