import { Module } from '@nestjs/common';
import { AcceptedReferralsController } from './accepted-referrals.controller';
import { IntakeEventsConsumer } from './intake-events.consumer';
import { ListAcceptedReferrals } from './list-accepted-referrals';

@Module({
  controllers: [IntakeEventsConsumer, AcceptedReferralsController],
  providers: [ListAcceptedReferrals],
})
export class IntakeEventsModule {}
