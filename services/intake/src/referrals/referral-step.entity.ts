import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StepDetail, TimelineStep } from './referral';

/** One step of a referral's timeline, keyed by the id of the message that carried it: the same row on both nodes. */
@Entity({ name: 'referral_steps' })
export class ReferralStepEntity {
  @PrimaryColumn('uuid', { name: 'referral_id' })
  referralId!: string;

  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text')
  step!: TimelineStep;

  @Column('timestamptz')
  at!: Date;

  /** The municipality whose node took the step. */
  @Column('text', { name: 'by_municipality' })
  by!: string;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('jsonb', { nullable: true })
  detail!: StepDetail | null;
}
