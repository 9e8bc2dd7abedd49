import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SurveyWave } from '@tandem/contracts';

/** A survey an enrollment is asked, per wave; the link's token itself is never stored, only its hash. */
@Entity({ name: 'survey_invitations' })
export class SurveyInvitationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'enrollment_id' })
  enrollmentId!: string;

  @Column('text')
  wave!: SurveyWave;

  @Column('date', { name: 'due_on' })
  dueOn!: string;

  @Column('text', { name: 'link_token_hash', nullable: true })
  linkTokenHash!: string | null;

  @Column('timestamptz', { name: 'link_expires_at', nullable: true })
  linkExpiresAt!: Date | null;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
