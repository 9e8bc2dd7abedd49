import { type DynamicModule, Module } from '@nestjs/common';
import { RECOGNITION_CONTRACTS, ReferralCredentialIssuedV1, ReferralCredentialRevokedV1 } from '@tandem/contracts';
import { PlatformModule } from '@tandem/platform';
import { AgreementEntity } from './agreements/agreement.entity';
import { AgreementsModule } from './agreements/agreements.module';
import { RecognitionConfig, RecognitionConfigModule } from './config';
import { CredentialEntity } from './credentials/credential.entity';
import { CredentialsModule } from './credentials/credentials.module';
import { HolderEntity } from './credentials/holder.entity';
import { CredentialDefinitionEntity } from './definitions/credential-definition.entity';
import { DefinitionsModule } from './definitions/definitions.module';
import { Recognition1763770000001 } from './migrations/1763770000001-recognition';
import { RecognitionRequests1763770000002 } from './migrations/1763770000002-recognition-requests';
import { CredentialShares1763770000003 } from './migrations/1763770000003-credential-shares';
import { ReferralSharing1763770000004 } from './migrations/1763770000004-referral-sharing';
import { ReferralSharingEntity } from './referrals/referral-sharing.entity';
import { CredentialShareEntity } from './sharing/credential-share.entity';
import { SharingModule } from './sharing/sharing.module';
import { NODE_EVENTS } from './node-events';
import { RecognitionRequestEntity } from './requests/recognition-request.entity';
import { RequestsModule } from './requests/requests.module';
import { StatusModule } from './status/status.module';
import { VerificationModule } from './verification/verification.module';

@Module({})
export class RecognitionAppModule {
  static forConfig(config: RecognitionConfig): DynamicModule {
    return {
      module: RecognitionAppModule,
      imports: [
        PlatformModule.forService({
          service: 'recognition',
          config,
          entities: [CredentialDefinitionEntity, HolderEntity, CredentialEntity, AgreementEntity, RecognitionRequestEntity, CredentialShareEntity, ReferralSharingEntity],
          migrations: [Recognition1763770000001, RecognitionRequests1763770000002, CredentialShares1763770000003, ReferralSharing1763770000004],
          produces: [...RECOGNITION_CONTRACTS, ReferralCredentialIssuedV1, ReferralCredentialRevokedV1],
          consumes: NODE_EVENTS,
          // Credentials are signed with the node's key and checked against the federation file.
          exchange: true,
          caseAssignments: true,
        }),
        RecognitionConfigModule.of(config),
        DefinitionsModule,
        CredentialsModule,
        StatusModule,
        VerificationModule,
        SharingModule,
        AgreementsModule,
        RequestsModule,
      ],
    };
  }
}
