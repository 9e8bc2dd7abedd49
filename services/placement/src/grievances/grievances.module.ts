import { Module } from '@nestjs/common';
import { AssignGrievance } from './assign-grievance';
import { FileGrievance } from './file-grievance';
import { GrievancesController } from './grievances.controller';
import { ReadGrievances } from './read-grievances';
import { ResolveGrievance } from './resolve-grievance';

@Module({
  controllers: [GrievancesController],
  providers: [FileGrievance, AssignGrievance, ResolveGrievance, ReadGrievances],
})
export class GrievancesModule {}
