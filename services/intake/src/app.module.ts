import { type DynamicModule, Module } from '@nestjs/common';
import { ConsentGrantedV1, ConsentWithdrawnV1, ParticipantRegisteredV1 } from '@tandem/contracts';
import { PlatformModule, type ServiceConfig } from '@tandem/platform';
import { Participants1763769600002 } from './migrations/1763769600002-participants';
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
          entities: [ParticipantEntity, ConsentEntity],
          migrations: [Participants1763769600002],
          produces: [ParticipantRegisteredV1, ConsentGrantedV1, ConsentWithdrawnV1],
        }),
        ParticipantsModule,
      ],
    };
  }
}
