import type { EmployerEntity } from '../employers/employer.entity';
import type { VacancyStatus } from './vacancy.entity';

/** The vacancy's status, or its employer's suspension, forbids the change; answered with 409. */
export class VacancyStateError extends Error {
  override readonly name = 'VacancyStateError';
}

const TRANSITIONS: Record<VacancyStatus, readonly VacancyStatus[]> = {
  open: ['filled', 'closed'],
  // A filled vacancy reopens when its hire falls through.
  filled: ['open', 'closed'],
  closed: [],
};

/** The status a vacancy moves to; asking for the one it has is refused, not ignored. */
export function changeStatus(from: VacancyStatus, to: VacancyStatus): VacancyStatus {
  if (!TRANSITIONS[from].includes(to)) {
    throw new VacancyStateError(`${from === 'open' ? 'an' : 'a'} ${from} vacancy cannot become ${to}; allowed: ${TRANSITIONS[from].join(', ') || 'none'}`);
  }
  return to;
}

/** A suspended employer is kept out of matching, so it gets no vacancy, new or reopened, until reinstated. */
export function assertTakesVacancies(employer: Pick<EmployerEntity, 'id' | 'suspendedAt'>): void {
  if (employer.suspendedAt) throw new VacancyStateError(`employer ${employer.id} is suspended and takes no open vacancies`);
}
