import type { EntityManager } from 'typeorm';
import { EmployerSiteEntity } from '../employers/employer-site.entity';
import { EmployerEntity } from '../employers/employer.entity';
import { findVacancyOr404 } from '../vacancies/find-vacancy';
import type { VacancyEntity } from '../vacancies/vacancy.entity';
import type { VacancyNeeds } from './score';

export interface VacancyToMatch {
  vacancy: VacancyEntity;
  employer: EmployerEntity;
  needs: VacancyNeeds;
}

/**
 * The vacancy, its employer and what it needs, or 404. Writers lock the vacancy (FOR UPDATE, so its
 * shortlist changes one at a time) and then share-lock the employer, in the order a status change
 * takes them, so a suspension or closing under way waits for the write, or the write sees it.
 */
export async function vacancyToMatch(manager: EntityManager, vacancyId: string, options: { lock: boolean }): Promise<VacancyToMatch> {
  const vacancy = await findVacancyOr404(manager, vacancyId, options);
  const lock = options.lock ? ({ mode: 'pessimistic_read' } as const) : undefined;
  const employer = await manager.findOneOrFail(EmployerEntity, { where: { id: vacancy.employerId }, lock });
  const site = await manager.findOneByOrFail(EmployerSiteEntity, { id: vacancy.siteId });
  return { vacancy, employer, needs: { requiredSkills: vacancy.requiredSkills, languages: vacancy.languages, siteMunicipality: site.municipality } };
}
