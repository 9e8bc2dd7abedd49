import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttendanceStatus } from '@tandem/contracts';

/** A resident's attendance at one session, here or across the border: what stipends are computed from. */
@Entity({ name: 'attendance' })
export class AttendanceEntity {
  @PrimaryColumn('uuid', { name: 'participant_id' })
  participantId!: string;

  @PrimaryColumn('uuid', { name: 'session_id' })
  sessionId!: string;

  @Column('date')
  date!: string;

  @Column('text')
  status!: AttendanceStatus;

  /** `local`: from this node's training; `referral`: from a partner node, through intake. */
  @Column('text')
  source!: 'local' | 'referral';

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
