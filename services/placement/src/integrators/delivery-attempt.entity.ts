import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from './bigint-column';

/** One POST of a delivery: the receiver's status code, or why there was none. */
@Entity({ name: 'webhook_attempts' })
export class DeliveryAttemptEntity {
  @PrimaryColumn('bigint', { generated: 'increment', transformer: bigintColumn })
  id!: number;

  @Column('bigint', { name: 'delivery_id', transformer: bigintColumn })
  deliveryId!: number;

  @Column('timestamptz', { name: 'attempted_at' })
  attemptedAt!: Date;

  @Column('integer', { name: 'status_code', nullable: true })
  statusCode!: number | null;

  @Column('text', { nullable: true })
  error!: string | null;

  @Column('integer', { name: 'duration_ms' })
  durationMs!: number;

  /** Null after a success, or when the delivery gave up. */
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt!: Date | null;
}
