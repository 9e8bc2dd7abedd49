import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module';
import { GrantConsent } from './grant-consent';
import { ParticipantsController } from './participants.controller';
import { ReadParticipant } from './read-participant';
import { RegisterParticipant } from './register-participant';
import { WithdrawConsent } from './withdraw-consent';

@Module({
  imports: [ReferralsModule],
  controllers: [ParticipantsController],
  providers: [
    RegisterParticipant,
    ReadParticipant,
    GrantConsent,
    WithdrawConsent,
  ],
})
export class ParticipantsModule {}
