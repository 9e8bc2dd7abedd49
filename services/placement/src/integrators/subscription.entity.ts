import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SubscriptionFilter } from './subscription-filter';

export type SubscriptionStatus = 'active' | 'paused';

/** An integrator's webhook: where to POST which public placement events, signed with its secret. */
@Entity({ name: 'integrator_subscriptions' })
export class SubscriptionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The token subject of the integrator who made it: only they see or change it. */
  @Column('text')
  owner!: string;

  @Column('text')
  url!: string;

  @Column('text', { name: 'event_types', array: true })
  eventTypes!: string[];

  @Column('jsonb')
  filter!: SubscriptionFilter;

  /** A paused subscription keeps queueing its deliveries and sends them on resume. */
  @Column('text')
  status!: SubscriptionStatus;

  /** Set when a delivery gave up after its retries; cleared by the next delivery that succeeds. */
  @Column('timestamptz', { name: 'failing_since', nullable: true })
  failingSince!: Date | null;

  @Column('text')
  secret!: string;

  /** After a rotation, the old secret signs alongside the new one until `previousSecretUntil`. */
  @Column('text', { name: 'previous_secret', nullable: true })
  previousSecret!: string | null;

  @Column('timestamptz', { name: 'previous_secret_until', nullable: true })
  previousSecretUntil!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
