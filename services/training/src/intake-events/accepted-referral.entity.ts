import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReferralEndReason } from '@tandem/contracts';

/** A referral from a partner node that this node accepted: a trainee to enroll, and the rule for sharing progress. */
@Entity({ name: 'accepted_referrals' })
export class AcceptedReferralEntity {
  @PrimaryColumn('uuid', { name: 'referral_id' })
  referralId!: string;

  @Column('text', { name: 'from_municipality' })
  fromMunicipality!: string;

  @Column('timestamptz', { name: 'accepted_at' })
  acceptedAt!: Date;

  @Column('text', { nullable: true })
  occupation!: string | null;

  @Column('text', { nullable: true })
  program!: string | null;

  /** Erased when the participant withdraws the consent the referral was sent under. */
  @Column('text', { name: 'given_name', nullable: true })
  givenName!: string | null;

  @Column('text', { name: 'family_name', nullable: true })
  familyName!: string | null;

  @Column('boolean', { name: 'progress_sharing' })
  progressSharing!: boolean;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Column('text', { name: 'end_reason', nullable: true })
  endReason!: ReferralEndReason | null;
}
