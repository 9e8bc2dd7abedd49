import { Module } from '@nestjs/common';
import { DemographicsConsumer } from './demographics.consumer';
import { PublicPlacementForm } from './public-form';
import { PublicTopic } from './public-topic';
import { Pseudonyms } from './pseudonyms';

/** The pseudonymised form of placement events, for the public topic and for integrators' webhooks. */
@Module({
  controllers: [DemographicsConsumer],
  providers: [Pseudonyms, PublicPlacementForm, PublicTopic],
  exports: [PublicPlacementForm, PublicTopic],
})
export class PublicModule {}
