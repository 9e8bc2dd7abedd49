import { Module } from '@nestjs/common';
import { AnnounceConsentWithdrawal } from './announce-consent-withdrawal';
import { AnswerReferral } from './answer-referral';
import { ReadReferrals } from './read-referrals';
import { ReferralInbox } from './referral-inbox';
import { ReferralsConsumer } from './referrals.consumer';
import { ReferralsController } from './referrals.controller';
import { SendReferral } from './send-referral';

@Module({
  controllers: [ReferralsController, ReferralsConsumer],
  providers: [
    SendReferral,
    AnswerReferral,
    ReadReferrals,
    ReferralInbox,
    AnnounceConsentWithdrawal,
  ],
  exports: [AnnounceConsentWithdrawal],
})
export class ReferralsModule {}
