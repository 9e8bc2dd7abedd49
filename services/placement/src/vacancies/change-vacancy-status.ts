import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findEmployerOr404 } from '../employers/find-employer';
import { VacancyView } from './dto/vacancy.view';
import { findVacancyOr404 } from './find-vacancy';
import { assertTakesVacancies, changeStatus } from './vacancy';
import { VacancyEntity, type VacancyStatus } from './vacancy.entity';

@Injectable()
export class ChangeVacancyStatus {
  constructor(private readonly dataSource: DataSource) {}

  /** Under the vacancy's lock; reopening also takes the employer's, as a new vacancy does, so a suspension holds. */
  async execute(vacancyId: string, to: VacancyStatus): Promise<VacancyView> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await findVacancyOr404(manager, vacancyId, { lock: true });
      vacancy.status = changeStatus(vacancy.status, to);
      if (to === 'open') assertTakesVacancies(await findEmployerOr404(manager, vacancy.employerId, { lock: true }));
      await manager.update(VacancyEntity, { id: vacancyId }, { status: vacancy.status });
      return VacancyView.of(vacancy);
    });
  }
}
