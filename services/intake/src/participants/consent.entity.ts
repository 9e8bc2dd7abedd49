import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsentPurpose } from '@tandem/contracts';
import type { Consent, ConsentChannel, ConsentFields, ConsentGiver } from './participant';

/** A consent receipt (ISO/IEC TS 27560 shape): what was agreed, how, when, and whether it still holds. */
@Entity({ name: 'consents' })
export class ConsentEntity implements Consent {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text', { array: true })
  purposes!: ConsentPurpose[];

  @Column('jsonb')
  fields!: ConsentFields;

  @Column('text', { array: true })
  recipients!: string[];

  @Column('text', { name: 'given_by' })
  givenBy!: ConsentGiver;

  @Column('text', { name: 'notice_version' })
  noticeVersion!: string;

  @Column('text')
  channel!: ConsentChannel;

  @Column('timestamptz', { name: 'given_at' })
  givenAt!: Date;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('text', { name: 'withdrawn_by', nullable: true })
  withdrawnBy!: string | null;
}
