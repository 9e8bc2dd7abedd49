import { type DynamicModule, Module } from '@nestjs/common';
import { ReferralAttendanceV1, ReferralProgressV1, TRAINING_CONTRACTS, TRAINING_SURVEY_CONTRACTS } from '@tandem/contracts';
import { PlatformModule, type ServiceConfig } from '@tandem/platform';
import { AssessmentEntity } from './assessments/assessment.entity';
import { AssessmentsModule } from './assessments/assessments.module';
import { ModuleCompletionEntity } from './assessments/module-completion.entity';
import { AttendanceEntity } from './attendance/attendance.entity';
import { AttendanceModule } from './attendance/attendance.module';
import { CatalogModule } from './catalog/catalog.module';
import { ModuleEntity } from './catalog/module.entity';
import { ProgramModuleEntity } from './catalog/program-module.entity';
import { ProgramEntity } from './catalog/program.entity';
import { CohortEntity } from './cohorts/cohort.entity';
import { CohortsModule } from './cohorts/cohorts.module';
import { SessionEntity } from './cohorts/session.entity';
import { EnrollmentEntity } from './enrollments/enrollment.entity';
import { EnrollmentsModule } from './enrollments/enrollments.module';
import { AcceptedReferralEntity } from './intake-events/accepted-referral.entity';
import { INTAKE_EVENTS } from './intake-events/connect-intake-events';
import { IntakeEventsModule } from './intake-events/intake-events.module';
import { Training1763769700001 } from './migrations/1763769700001-training';
import { Surveys1763769700002 } from './migrations/1763769700002-surveys';
import { SurveyAnswerEntity } from './surveys/survey-answer.entity';
import { SurveyInvitationEntity } from './surveys/survey-invitation.entity';
import { SurveysModule } from './surveys/surveys.module';

@Module({})
export class TrainingAppModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: TrainingAppModule,
      imports: [
        PlatformModule.forService({
          service: 'training',
          config,
          entities: [
            ModuleEntity,
            ProgramEntity,
            ProgramModuleEntity,
            CohortEntity,
            SessionEntity,
            AcceptedReferralEntity,
            EnrollmentEntity,
            AttendanceEntity,
            AssessmentEntity,
            ModuleCompletionEntity,
            SurveyInvitationEntity,
            SurveyAnswerEntity,
          ],
          migrations: [Training1763769700001, Surveys1763769700002],
          produces: [...TRAINING_CONTRACTS, ...TRAINING_SURVEY_CONTRACTS, ReferralProgressV1, ReferralAttendanceV1],
          consumes: INTAKE_EVENTS,
          caseAssignments: true,
          // Progress and attendance of referred trainees go, signed, to the referring node's inbox.
          exchange: true,
        }),
        CatalogModule,
        CohortsModule,
        IntakeEventsModule,
        EnrollmentsModule,
        AttendanceModule,
        AssessmentsModule,
        SurveysModule,
      ],
    };
  }
}
