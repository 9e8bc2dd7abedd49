import type { EmployerEntity } from '../employers/employer.entity';
import type { VacancyEntity } from '../vacancies/vacancy.entity';

/** The vacancy's or its employer's state forbids matching, or a release lacks consent; answered with 409. */
export class MatchingStateError extends Error {
  override readonly name = 'MatchingStateError';
}

/** Only an open vacancy of an employer not suspended gets candidates, on a shortlist or by name. */
export function assertMatchable(vacancy: Pick<VacancyEntity, 'id' | 'status'>, employer: Pick<EmployerEntity, 'id' | 'suspendedAt'>): void {
  if (employer.suspendedAt) throw new MatchingStateError(`employer ${employer.id} is suspended from matching; its vacancies get no candidates until it is reinstated`);
  if (vacancy.status !== 'open') throw new MatchingStateError(`vacancy ${vacancy.id} is ${vacancy.status}; only an open vacancy is matched`);
}
