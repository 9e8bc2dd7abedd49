import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A participant's consent covering employer-sharing, as intake announced it; other consents are not kept. */
@Entity({ name: 'employer_sharing_consents' })
export class EmployerSharingConsentEntity {
  @PrimaryColumn('uuid', { name: 'consent_id' })
  consentId!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;
}
