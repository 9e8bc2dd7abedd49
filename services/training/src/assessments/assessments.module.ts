import { Module } from '@nestjs/common';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { SurveysModule } from '../surveys/surveys.module';
import { AssessmentsController } from './assessments.controller';
import { ListAssessments } from './list-assessments';
import { RecordAssessment } from './record-assessment';
import { SettleCompletion } from './settle-completion';

@Module({
  imports: [EnrollmentsModule, SurveysModule],
  controllers: [AssessmentsController],
  providers: [RecordAssessment, ListAssessments, SettleCompletion],
  exports: [SettleCompletion],
})
export class AssessmentsModule {}
