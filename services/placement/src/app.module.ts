import { type DynamicModule, Module } from '@nestjs/common';
import { PLACEMENT_CONTRACTS, PUBLIC_PLACEMENT_CONTRACTS } from '@tandem/contracts';
import { PlatformModule } from '@tandem/platform';
import { PlacementConfig, PlacementConfigModule } from './config';
import { EmployerSiteEntity } from './employers/employer-site.entity';
import { EmployerEntity } from './employers/employer.entity';
import { EmployersModule } from './employers/employers.module';
import { EmployerFeedbackEntity } from './feedback/employer-feedback.entity';
import { FeedbackModule } from './feedback/feedback.module';
import { GrievanceEntity } from './grievances/grievance.entity';
import { GrievancesModule } from './grievances/grievances.module';
import { Placement1763769900001 } from './migrations/1763769900001-placement';
import { Grievances1763769900002 } from './migrations/1763769900002-grievances';
import { EmployerFeedback1763769900003 } from './migrations/1763769900003-employer-feedback';
import { PublicPlacementEvents1763769900004 } from './migrations/1763769900004-public-placement-events';
import { NODE_EVENTS } from './node-events';
import { PlacementEntity } from './placements/placement.entity';
import { PlacementsModule } from './placements/placements.module';
import { RetentionCheckpointEntity } from './placements/retention-checkpoint.entity';
import { WageEntity } from './placements/wage.entity';
import { VacanciesModule } from './vacancies/vacancies.module';
import { VacancyEntity } from './vacancies/vacancy.entity';

@Module({})
export class PlacementAppModule {
  static forConfig(config: PlacementConfig): DynamicModule {
    return {
      module: PlacementAppModule,
      imports: [
        PlatformModule.forService({
          service: 'placement',
          config,
          entities: [EmployerEntity, EmployerSiteEntity, VacancyEntity, PlacementEntity, WageEntity, RetentionCheckpointEntity, EmployerFeedbackEntity, GrievanceEntity],
          migrations: [Placement1763769900001, Grievances1763769900002, EmployerFeedback1763769900003, PublicPlacementEvents1763769900004],
          produces: [...PLACEMENT_CONTRACTS, ...PUBLIC_PLACEMENT_CONTRACTS],
          consumes: NODE_EVENTS,
          caseAssignments: true,
        }),
        PlacementsModule,
        EmployersModule,
        VacanciesModule,
        GrievancesModule,
        FeedbackModule,
        PlacementConfigModule.of(config),
      ],
    };
  }
}
