import { Module } from '@nestjs/common';
import { AttendanceConsumer } from '../attendance/attendance.consumer';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { CalculateStipend } from './calculate-stipend';
import { ListStipends } from './list-stipends';
import { StipendsController } from './stipends.controller';

@Module({
  imports: [DeliveriesModule],
  controllers: [StipendsController, AttendanceConsumer],
  providers: [CalculateStipend, ListStipends],
})
export class StipendsModule {}
