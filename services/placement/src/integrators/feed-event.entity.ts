import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from './bigint-column';

/**
 * A node-local placement event, written in the transaction that emitted it and kept after the outbox
 * row is gone, so deliveries are made from it and history can be replayed.
 */
@Entity({ name: 'integrator_feed' })
export class FeedEventEntity {
  /** Commit-independent order of appends; a placement's events are appended in their order. */
  @PrimaryColumn('bigint', { generated: 'increment', transformer: bigintColumn })
  seq!: number;

  /** The CloudEvent id, sent as `webhook-id` in every delivery and replay of it. */
  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text')
  type!: string;

  @Column('timestamptz')
  time!: Date;

  /** The placement id. */
  @Column('text')
  subject!: string;

  @Column('jsonb')
  data!: Record<string, unknown>;
}
