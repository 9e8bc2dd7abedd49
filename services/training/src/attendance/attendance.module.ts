import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { AttendanceController } from './attendance.controller';
import { ReadAttendance } from './read-attendance';
import { RecordAttendance } from './record-attendance';

@Module({
  imports: [AssessmentsModule, EnrollmentsModule],
  controllers: [AttendanceController],
  providers: [RecordAttendance, ReadAttendance],
})
export class AttendanceModule {}
