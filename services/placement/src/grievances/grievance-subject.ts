import type { EntityManager } from 'typeorm';
import { invalidInput } from '@tandem/platform';
import { EmployerEntity } from '../employers/employer.entity';
import { PlacementEntity } from '../placements/placement.entity';
import { VacancyEntity } from '../vacancies/vacancy.entity';
import type { GrievanceSubjectType } from './grievance';

/** The employer behind a grievance's subject (none for a self-employed placement); 400 naming subjectId if there is no such subject. */
export async function employerOfSubject(manager: EntityManager, type: GrievanceSubjectType, id: string): Promise<string | null> {
  const subject = await findSubject(manager, type, id);
  if (!subject) throw invalidInput({ subjectId: [`subjectId must name an existing ${type === 'selection' ? 'vacancy' : type}`] });
  return subject.employerId;
}

function findSubject(manager: EntityManager, type: GrievanceSubjectType, id: string): Promise<{ employerId: string | null } | null> {
  const select = { employerId: true } as const;
  if (type === 'placement') return manager.findOne(PlacementEntity, { where: { id }, select });
  if (type === 'selection') return manager.findOne(VacancyEntity, { where: { id }, select });
  return manager.findOne(EmployerEntity, { where: { id }, select: { id: true } }).then((employer) => employer && { employerId: employer.id });
}
