import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@tandem/contracts';

export class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  enrollmentId!: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;
}

export class RecordAttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto], description: 'One entry per trainee, at most 500.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  records!: AttendanceEntryDto[];
}

export class SessionRegisterRowView {
  @ApiProperty({ format: 'uuid' })
  enrollmentId!: string;

  @ApiProperty({ type: String, nullable: true })
  displayName!: string | null;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  status!: string;

  @ApiProperty()
  recordedBy!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}
