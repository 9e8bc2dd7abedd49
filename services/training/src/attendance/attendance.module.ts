import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { clockProvider } from '../clock';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { AttendanceController } from './attendance.controller';
import { ReadAttendance } from './read-attendance';
import { RecordAttendance } from './record-attendance';

@Module({
  imports: [AssessmentsModule, EnrollmentsModule],
  controllers: [AttendanceController],
  providers: [RecordAttendance, ReadAttendance, clockProvider],
})
export class AttendanceModule {}
