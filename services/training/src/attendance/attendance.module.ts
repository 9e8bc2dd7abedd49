import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { clockProvider } from '../clock';
import { AttendanceController } from './attendance.controller';
import { ReadAttendance } from './read-attendance';
import { RecordAttendance } from './record-attendance';

@Module({
  imports: [AssessmentsModule],
  controllers: [AttendanceController],
  providers: [RecordAttendance, ReadAttendance, clockProvider],
})
export class AttendanceModule {}
