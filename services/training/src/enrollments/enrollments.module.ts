import { Module } from '@nestjs/common';
import { AssignMentor } from './assign-mentor';
import { DropEnrollment } from './drop-enrollment';
import { Enroll } from './enroll';
import { EnrollmentsController } from './enrollments.controller';
import { ReadEnrollments } from './read-enrollments';
import { TrainingEvents } from './training-events';

@Module({
  controllers: [EnrollmentsController],
  providers: [Enroll, DropEnrollment, AssignMentor, ReadEnrollments, TrainingEvents],
  exports: [TrainingEvents],
})
export class EnrollmentsModule {}
