import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Static } from '@sinclair/typebox';
import type { ConsentPurpose, ReferralRequest, SharedProfile } from '@tandem/contracts';
import type { Direction, ReferralStatus } from './referral';

/** One referral as this node holds it: outbound (our participant) or inbound (the partner's). Same id on both nodes. */
@Entity({ name: 'referrals' })
export class ReferralEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  direction!: Direction;

  /** The other municipality of the conversation. */
  @Column('text')
  partner!: string;

  @Column('text')
  status!: ReferralStatus;

  /** Outbound only: our participant. */
  @Column('uuid', { name: 'participant_id', nullable: true })
  participantId!: string | null;

  @Column('jsonb')
  request!: Static<typeof ReferralRequest>;

  @Column('text', { name: 'legal_basis' })
  legalBasis!: 'consent' | 'override';

  /** Outbound only: the consent the referral was sent under. */
  @Column('uuid', { name: 'consent_id', nullable: true })
  consentId!: string | null;

  /** Inbound only: the purposes of the consent the partner sent it under; null for an override. */
  @Column('text', { name: 'consent_purposes', array: true, nullable: true })
  consentPurposes!: ConsentPurpose[] | null;

  /** Outbound only, stays on this node: why consent was overridden. */
  @Column('text', { name: 'override_justification', nullable: true })
  overrideJustification!: string | null;

  /** Inbound only: the minimal profile we were given; null once erased. */
  @Column('jsonb', { nullable: true })
  profile!: Static<typeof SharedProfile> | null;

  @Column('timestamptz', { name: 'sent_at' })
  sentAt!: Date;

  @Column('timestamptz', { name: 'received_at', nullable: true })
  receivedAt!: Date | null;

  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
