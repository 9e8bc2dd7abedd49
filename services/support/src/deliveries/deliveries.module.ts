import { Module } from '@nestjs/common';
import { EntitlementsModule } from '../entitlements/entitlements.module';
import { DeliveriesController } from './deliveries.controller';
import { LogDelivery } from './log-delivery';
import { ReadDeliveries } from './read-deliveries';
import { RecordDelivery } from './record-delivery';

@Module({
  imports: [EntitlementsModule],
  controllers: [DeliveriesController],
  providers: [RecordDelivery, LogDelivery, ReadDeliveries],
  // Stipends pay a month through RecordDelivery, with the same cap checks as the log.
  exports: [RecordDelivery],
})
export class DeliveriesModule {}
