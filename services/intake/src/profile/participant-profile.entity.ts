import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EducationEntry, SkillEntry, WorkExperienceEntry } from './profile';

/** The participant's skills, education and work history; node-local, one row per participant. */
@Entity({ name: 'participant_profiles' })
export class ParticipantProfileEntity {
  @PrimaryColumn('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('jsonb')
  skills!: SkillEntry[];

  @Column('jsonb')
  education!: EducationEntry[];

  @Column('jsonb', { name: 'work_experience' })
  workExperience!: WorkExperienceEntry[];

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('text', { name: 'updated_by' })
  updatedBy!: string;
}
