import { Module } from '@nestjs/common';
import { ChangeVacancyStatus } from './change-vacancy-status';
import { CreateVacancy } from './create-vacancy';
import { ReadVacancies } from './read-vacancies';
import { VacanciesController } from './vacancies.controller';

@Module({
  controllers: [VacanciesController],
  providers: [CreateVacancy, ReadVacancies, ChangeVacancyStatus],
})
export class VacanciesModule {}
