import { Module } from '@nestjs/common';
import { AddSite } from './add-site';
import { CreateEmployer } from './create-employer';
import { EmployersController } from './employers.controller';
import { ReadEmployers } from './read-employers';
import { SetPortalUsers } from './set-portal-users';
import { SetSuspension } from './set-suspension';

@Module({
  controllers: [EmployersController],
  providers: [CreateEmployer, ReadEmployers, AddSite, SetSuspension, SetPortalUsers],
})
export class EmployersModule {}
