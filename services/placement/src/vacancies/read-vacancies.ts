import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmployerEntity } from '../employers/employer.entity';
import { VacancyView } from './dto/vacancy.view';
import { findVacancyOr404 } from './find-vacancy';
import { VacancyEntity, type VacancyStatus } from './vacancy.entity';

export interface VacancyFilter {
  status?: VacancyStatus;
  occupation?: string;
  /** Only the vacancies of employers this subject is a portal user of. */
  portalUser?: string;
}

@Injectable()
export class ReadVacancies {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first. This is what caseworkers match against, so suspended employers' vacancies are left out. */
  async list(filter: VacancyFilter): Promise<VacancyView[]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(VacancyEntity, 'vacancy')
      .innerJoin(EmployerEntity, 'employer', 'employer.id = vacancy.employerId AND employer.suspendedAt IS NULL');
    if (filter.status) builder.andWhere('vacancy.status = :status', { status: filter.status });
    if (filter.portalUser) builder.andWhere(':portalUser = ANY(employer.portalUsers)', { portalUser: filter.portalUser });
    if (filter.occupation) builder.andWhere('vacancy.occupation = :occupation', { occupation: filter.occupation });
    const vacancies = await builder.orderBy('vacancy.createdAt', 'DESC').addOrderBy('vacancy.id', 'DESC').getMany();
    return vacancies.map(VacancyView.of);
  }

  /** Any vacancy by id, a suspended employer's too, as placements refer to them. */
  async one(id: string): Promise<VacancyView> {
    return VacancyView.of(await findVacancyOr404(this.dataSource.manager, id));
  }
}
