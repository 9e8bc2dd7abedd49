import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A referral this node accepted: where the trainee's home node is, and whether their credentials may go there. */
@Entity({ name: 'referral_sharing' })
export class ReferralSharingEntity {
  @PrimaryColumn('uuid', { name: 'referral_id' })
  referralId!: string;

  @Column('text', { name: 'home_municipality' })
  homeMunicipality!: string;

  @Column('boolean', { name: 'progress_sharing' })
  progressSharing!: boolean;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;
}
