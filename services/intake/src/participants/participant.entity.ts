import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Gender, LanguageSkill, ParticipantStatus } from './participant';

@Entity({ name: 'participants' })
export class ParticipantEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'given_name' })
  givenName!: string;

  @Column('text', { name: 'family_name' })
  familyName!: string;

  @Column('date', { name: 'date_of_birth' })
  dateOfBirth!: string;

  @Column('text')
  gender!: Gender;

  @Column('text', { name: 'residence_municipality' })
  residenceMunicipality!: string;

  @Column('text')
  status!: ParticipantStatus;

  @Column('jsonb')
  languages!: LanguageSkill[];

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;

  @Column('text', { name: 'registered_by' })
  registeredBy!: string;
}
