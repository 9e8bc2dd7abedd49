import { type DynamicModule, Module } from '@nestjs/common';
import {
  CaseAssignedV1,
  ConsentGrantedV1,
  ConsentWithdrawnV1,
  InboundReferralAcceptedV1,
  InboundReferralEndedV1,
  ParticipantDemographicsV1,
  ParticipantGroupV1,
  ParticipantRegisteredV1,
  REFERRAL_EXCHANGE_CONTRACTS,
  ReferralAttendanceV1,
  ReferralCredentialIssuedV1,
  ReferralCredentialRevokedV1,
  ReferralProgressV1,
  ReferredAttendanceRecordedV1,
} from '@tandem/contracts';
import { PlatformModule, type ServiceConfig } from '@tandem/platform';
import { CatalogModule } from './catalog/catalog.module';
import { CaseNoteEntity } from './cases/case-note.entity';
import { CaseEntity } from './cases/case.entity';
import { CasesModule } from './cases/cases.module';
import { Participants1763769600002 } from './migrations/1763769600002-participants';
import { Cases1763769600003 } from './migrations/1763769600003-cases';
import { ParticipantProfile1763769600004 } from './migrations/1763769600004-participant-profile';
import { ConsentReceipts1763769600006 } from './migrations/1763769600006-consent-receipts';
import { CaseNotes1763769600005 } from './migrations/1763769600005-case-notes';
import { Referrals1763769600007 } from './migrations/1763769600007-referrals';
import { InboundConsentPurposes1763769600008 } from './migrations/1763769600008-inbound-consent-purposes';
import { ReferralProgress1763769600009 } from './migrations/1763769600009-referral-progress';
import { ConsentEntity } from './participants/consent.entity';
import { ParticipantEntity } from './participants/participant.entity';
import { ParticipantsModule } from './participants/participants.module';
import { EvidenceEntity } from './profile/evidence.entity';
import { ParticipantProfileEntity } from './profile/participant-profile.entity';
import { ProfileModule } from './profile/profile.module';
import { ReferralEntity } from './referrals/referral.entity';
import { ReferralStepEntity } from './referrals/referral-step.entity';
import { ReferralsModule } from './referrals/referrals.module';

@Module({})
export class IntakeAppModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: IntakeAppModule,
      imports: [
        PlatformModule.forService({
          service: 'intake',
          config,
          entities: [ParticipantEntity, ConsentEntity, CaseEntity, CaseNoteEntity, ParticipantProfileEntity, EvidenceEntity, ReferralEntity, ReferralStepEntity],
          migrations: [
            Participants1763769600002,
            Cases1763769600003,
            ParticipantProfile1763769600004,
            ConsentReceipts1763769600006,
            CaseNotes1763769600005,
            Referrals1763769600007,
            InboundConsentPurposes1763769600008,
            ReferralProgress1763769600009,
          ],
          produces: [
            ParticipantRegisteredV1,
            ParticipantDemographicsV1,
            ParticipantGroupV1,
            ConsentGrantedV1,
            ConsentWithdrawnV1,
            CaseAssignedV1,
            ...REFERRAL_EXCHANGE_CONTRACTS,
            InboundReferralAcceptedV1,
            InboundReferralEndedV1,
            ReferredAttendanceRecordedV1,
          ],
          // The partner's training and recognition services report progress, attendance and credentials on our referrals into our exchange inbox.
          consumes: [ReferralProgressV1, ReferralAttendanceV1, ReferralCredentialIssuedV1, ReferralCredentialRevokedV1],
          exchange: true,
        }),
        ParticipantsModule,
        CasesModule,
        CatalogModule,
        ProfileModule,
        ReferralsModule,
      ],
    };
  }
}
