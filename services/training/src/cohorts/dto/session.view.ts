import { ApiProperty } from '@nestjs/swagger';
import type { SessionEntity } from '../session.entity';

export class SessionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cohortId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ example: '18:00' }) startsAt!: string;
  @ApiProperty({ example: '21:00' }) endsAt!: string;
  @ApiProperty() room!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) moduleId!: string | null;

  /** Times as they were given, HH:MM; the database keeps seconds too. */
  static of(session: SessionEntity): SessionView {
    return { ...session, startsAt: session.startsAt.slice(0, 5), endsAt: session.endsAt.slice(0, 5) };
  }
}
