import { ApiProperty } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, Length, Matches } from 'class-validator';
import { ALLOWABLE_FIELDS, ALWAYS_DELIVERED, PUBLIC_EVENT_TYPES } from '../public-events';
import type { AllowanceEntity } from '../allowance.entity';

export class SetAllowanceDto {
  @ApiProperty({ type: [String], enum: PUBLIC_EVENT_TYPES, description: 'The event types the integrator may subscribe to; empty allows none' })
  @IsArray()
  @ArrayUnique({ message: 'eventTypes must list each type once' })
  @IsIn(PUBLIC_EVENT_TYPES, { each: true, message: `each of eventTypes must be one of ${PUBLIC_EVENT_TYPES.join(', ')}` })
  eventTypes!: string[];

  @ApiProperty({
    type: [String],
    enum: ALLOWABLE_FIELDS,
    description: `Fields of the public events' data delivered to the integrator; ${ALWAYS_DELIVERED.join(', ')} always is`,
  })
  @IsArray()
  @ArrayUnique({ message: 'fields must list each field once' })
  @IsIn(ALLOWABLE_FIELDS, { each: true, message: `each of fields must be one of ${ALLOWABLE_FIELDS.join(', ')}` })
  fields!: string[];
}

export class AllowanceView {
  @ApiProperty() subject!: string;
  @ApiProperty({ type: [String] }) eventTypes!: string[];
  @ApiProperty({ type: [String] }) fields!: string[];
  @ApiProperty() setBy!: string;
  @ApiProperty() setAt!: Date;

  static of({ subject, eventTypes, fields, setBy, setAt }: AllowanceEntity): AllowanceView {
    return { subject, eventTypes, fields, setBy, setAt };
  }
}

export class AllowanceParams {
  @ApiProperty({ description: 'The integrator’s token subject' })
  @Length(1, 200)
  @Matches(/^[\x21-\x7e]+$/, { message: 'subject must be printable ASCII without spaces' })
  subject!: string;
}
