import type { EntityManager } from 'typeorm';
import { invalidInput } from '@tandem/platform';
import { EmployerSiteEntity } from '../employers/employer-site.entity';
import { EmployerEntity } from '../employers/employer.entity';
import { VacancyEntity } from '../vacancies/vacancy.entity';
import { PlacementRuleError } from './placement';

/** Where the work is, as the request names it: an employer's site (maybe through a vacancy), or one's own trade. */
export type WorkplaceRequest = { employerId: string; siteId: string; vacancyId: string | null } | { siteMunicipality: string };

export interface Workplace {
  employerId: string | null;
  siteId: string | null;
  vacancyId: string | null;
  siteMunicipality: string;
}

/**
 * The workplace checked against the employers' rows. Read here, not through `findEmployerOr404`: a
 * body naming a missing employer is a bad request (400), not a missing resource. Employer and vacancy
 * are share-locked, so a suspension or closing under way waits for this placement, or it sees it.
 */
export async function workplaceOf(manager: EntityManager, request: WorkplaceRequest): Promise<Workplace> {
  if ('siteMunicipality' in request) return { employerId: null, siteId: null, vacancyId: null, siteMunicipality: request.siteMunicipality };
  const employer = await manager.findOne(EmployerEntity, { where: { id: request.employerId }, lock: { mode: 'pessimistic_read' } });
  if (!employer) throw invalidInput({ employerId: [`there is no employer ${request.employerId}`] });
  if (employer.suspendedAt) throw new PlacementRuleError(`employer ${employer.id} is suspended`);
  const site = await manager.findOneBy(EmployerSiteEntity, { id: request.siteId, employerId: employer.id });
  if (!site) throw invalidInput({ siteId: [`employer ${employer.id} has no site ${request.siteId}`] });
  if (request.vacancyId) await assertOpenVacancy(manager, request.vacancyId, employer.id);
  return { employerId: employer.id, siteId: site.id, vacancyId: request.vacancyId, siteMunicipality: site.municipality };
}

async function assertOpenVacancy(manager: EntityManager, vacancyId: string, employerId: string): Promise<void> {
  const vacancy = await manager.findOne(VacancyEntity, { where: { id: vacancyId, employerId }, lock: { mode: 'pessimistic_read' } });
  if (!vacancy) throw invalidInput({ vacancyId: [`employer ${employerId} has no vacancy ${vacancyId}`] });
  if (vacancy.status !== 'open') throw new PlacementRuleError(`vacancy ${vacancyId} is ${vacancy.status}`);
}
