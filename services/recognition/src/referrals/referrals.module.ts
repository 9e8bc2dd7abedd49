import { Module } from '@nestjs/common';
import { HomeNode } from './home-node';
import { ReferralSharingConsumer } from './referral-sharing.consumer';

@Module({
  controllers: [ReferralSharingConsumer],
  providers: [HomeNode],
  exports: [HomeNode],
})
export class ReferralsModule {}
