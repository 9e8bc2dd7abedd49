import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock, invalidInput } from '@tandem/platform';
import { EmployerSiteEntity } from '../employers/employer-site.entity';
import { findEmployerOr404 } from '../employers/find-employer';
import type { CreateVacancyDto } from './dto/vacancy.dto';
import { VacancyView } from './dto/vacancy.view';
import { assertTakesVacancies } from './vacancy';
import { VacancyEntity } from './vacancy.entity';

@Injectable()
export class CreateVacancy {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Under the employer's lock, so a suspension under way either sees this vacancy or stops it. */
  async execute(employerId: string, input: CreateVacancyDto): Promise<VacancyView> {
    return this.dataSource.transaction(async (manager) => {
      const employer = await findEmployerOr404(manager, employerId, { lock: true });
      if (!(await manager.existsBy(EmployerSiteEntity, { id: input.siteId, employerId }))) {
        throw invalidInput({ siteId: [`employer ${employerId} has no site ${input.siteId}`] });
      }
      assertTakesVacancies(employer);
      const vacancy = manager.create(VacancyEntity, { ...input, id: randomUUID(), employerId, status: 'open', createdAt: this.clock() });
      await manager.insert(VacancyEntity, vacancy);
      return VacancyView.of(vacancy);
    });
  }
}
