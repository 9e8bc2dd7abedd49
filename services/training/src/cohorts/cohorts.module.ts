import { Module } from '@nestjs/common';
import { AddSession } from './add-session';
import { CohortsController } from './cohorts.controller';
import { CreateCohort } from './create-cohort';
import { ReadCohorts } from './read-cohorts';
import { ReadSessions } from './read-sessions';

@Module({
  controllers: [CohortsController],
  providers: [CreateCohort, ReadCohorts, AddSession, ReadSessions],
})
export class CohortsModule {}
