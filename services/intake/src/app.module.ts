import { type DynamicModule, Module } from '@nestjs/common';
import { ConsentGrantedV1, ConsentWithdrawnV1, ParticipantRegisteredV1 } from '@tandem/contracts';
import { PlatformModule, type ServiceConfig } from '@tandem/platform';
import { CaseNoteEntity } from './cases/case-note.entity';
import { CaseEntity } from './cases/case.entity';
import { CasesModule } from './cases/cases.module';
import { Participants1763769600002 } from './migrations/1763769600002-participants';
import { Cases1763769600003 } from './migrations/1763769600003-cases';
import { CaseNotes1763769600005 } from './migrations/1763769600005-case-notes';
import { ConsentEntity } from './participants/consent.entity';
import { ParticipantEntity } from './participants/participant.entity';
import { ParticipantsModule } from './participants/participants.module';

@Module({})
export class IntakeAppModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: IntakeAppModule,
      imports: [
        PlatformModule.forService({
          service: 'intake',
          config,
          entities: [ParticipantEntity, ConsentEntity, CaseEntity, CaseNoteEntity],
          migrations: [Participants1763769600002, Cases1763769600003, CaseNotes1763769600005],
          produces: [ParticipantRegisteredV1, ConsentGrantedV1, ConsentWithdrawnV1],
        }),
        ParticipantsModule,
        CasesModule,
      ],
    };
  }
}
