import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WagePeriod } from '@tandem/contracts';

export const VACANCY_TYPES = ['internship', 'apprenticeship', 'work-trial', 'job'] as const;
export type VacancyType = (typeof VACANCY_TYPES)[number];
export const VACANCY_STATUSES = ['open', 'filled', 'closed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export interface LanguageRequirement {
  /** ISO 639 code. */
  code: string;
  /** The least CEFR level that will do. */
  level: string;
}

const decimal = { to: (value: number) => value, from: (value: string) => Number(value) };

@Entity({ name: 'vacancies' })
export class VacancyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'employer_id' })
  employerId!: string;

  @Column('uuid', { name: 'site_id' })
  siteId!: string;

  @Column('text')
  title!: string;

  /** ISCO-08 unit group. */
  @Column('text')
  occupation!: string;

  /** ESCO skill URIs. */
  @Column('text', { name: 'required_skills', array: true })
  requiredSkills!: string[];

  @Column('jsonb')
  languages!: LanguageRequirement[];

  @Column('integer', { name: 'wage_min_minor' })
  wageMinMinor!: number;

  @Column('integer', { name: 'wage_max_minor' })
  wageMaxMinor!: number;

  @Column('text')
  currency!: string;

  @Column('text', { name: 'wage_period' })
  wagePeriod!: WagePeriod;

  @Column('numeric', { name: 'hours_per_week', transformer: decimal })
  hoursPerWeek!: number;

  @Column('text')
  type!: VacancyType;

  @Column('integer')
  openings!: number;

  @Column('text')
  status!: VacancyStatus;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
