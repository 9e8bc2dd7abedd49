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
import { AllowanceEntity } from './integrators/allowance.entity';
import { DeliveryAttemptEntity } from './integrators/delivery-attempt.entity';
import { DeliveryEntity } from './integrators/delivery.entity';
import { FeedEventEntity } from './integrators/feed-event.entity';
import { IntegratorsModule } from './integrators/integrators.module';
import { SubscriptionEntity } from './integrators/subscription.entity';
import { CandidateSkillEntity } from './matching/candidate-skill.entity';
import { CandidateEntity } from './matching/candidate.entity';
import { EmployerSharingConsentEntity } from './matching/employer-sharing-consent.entity';
import { MatchingModule } from './matching/matching.module';
import { ShortlistEntryEntity } from './matching/shortlist-entry.entity';
import { Placement1763769900001 } from './migrations/1763769900001-placement';
import { Grievances1763769900002 } from './migrations/1763769900002-grievances';
import { EmployerFeedback1763769900003 } from './migrations/1763769900003-employer-feedback';
import { PublicPlacementEvents1763769900004 } from './migrations/1763769900004-public-placement-events';
import { Matching1763769900005 } from './migrations/1763769900005-matching';
import { Integrators1763769900006 } from './migrations/1763769900006-integrators';
import { CredentialSkills1763769900007 } from './migrations/1763769900007-credential-skills';
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
          entities: [EmployerEntity, EmployerSiteEntity, VacancyEntity, PlacementEntity, WageEntity, RetentionCheckpointEntity, EmployerFeedbackEntity, GrievanceEntity,
            CandidateEntity, CandidateSkillEntity, EmployerSharingConsentEntity, ShortlistEntryEntity,
            AllowanceEntity, SubscriptionEntity, FeedEventEntity, DeliveryEntity, DeliveryAttemptEntity],
          migrations: [Placement1763769900001, Grievances1763769900002, EmployerFeedback1763769900003, PublicPlacementEvents1763769900004, Matching1763769900005, Integrators1763769900006, CredentialSkills1763769900007],
          produces: [...PLACEMENT_CONTRACTS, ...PUBLIC_PLACEMENT_CONTRACTS],
          consumes: NODE_EVENTS,
          caseAssignments: true,
        }),
        PlacementsModule,
        EmployersModule,
        VacanciesModule,
        GrievancesModule,
        FeedbackModule,
        MatchingModule,
        IntegratorsModule,
        PlacementConfigModule.of(config),
      ],
    };
  }
}
