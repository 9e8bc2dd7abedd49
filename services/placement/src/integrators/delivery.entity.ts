import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from './bigint-column';

/** `withheld`: the integrator's allowance no longer covers the event type, so it was not sent. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'withheld';

/** One event on its way to one subscription; a replay adds another delivery of the same event. */
@Entity({ name: 'webhook_deliveries' })
export class DeliveryEntity {
  @PrimaryColumn('bigint', { generated: 'increment', transformer: bigintColumn })
  id!: number;

  @Column('uuid', { name: 'subscription_id' })
  subscriptionId!: string;

  @Column('bigint', { name: 'feed_seq', transformer: bigintColumn })
  feedSeq!: number;

  /** The placement, so one placement's deliveries go out in order. */
  @Column('text')
  subject!: string;

  @Column('text')
  status!: DeliveryStatus;

  @Column('integer')
  attempts!: number;

  @Column('timestamptz', { name: 'first_attempt_at', nullable: true })
  firstAttemptAt!: Date | null;

  /** Also the lease of an attempt in flight: a dispatcher that dies mid-attempt leaves it due again. */
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
