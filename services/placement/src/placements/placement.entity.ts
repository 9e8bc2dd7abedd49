import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlacementEndReason, PlacementType } from '@tandem/contracts';

const decimal = { to: (value: number) => value, from: (value: string) => Number(value) };

/** A participant's work: with an employer, or on their own account (self-employment has no employer). */
@Entity({ name: 'placements' })
export class PlacementEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text')
  type!: PlacementType;

  @Column('uuid', { name: 'employer_id', nullable: true })
  employerId!: string | null;

  @Column('uuid', { name: 'site_id', nullable: true })
  siteId!: string | null;

  @Column('uuid', { name: 'vacancy_id', nullable: true })
  vacancyId!: string | null;

  /** ISCO-08 unit group. */
  @Column('text')
  occupation!: string;

  /** Where the work is: the employer's site, or where the self-employed trade. */
  @Column('text', { name: 'site_municipality' })
  siteMunicipality!: string;

  @Column('date', { name: 'started_on' })
  startedOn!: string;

  @Column('numeric', { name: 'contracted_hours_per_week', transformer: decimal })
  contractedHoursPerWeek!: number;

  @Column('text')
  status!: 'active' | 'ended';

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @Column('text', { name: 'end_reason', nullable: true })
  endReason!: PlacementEndReason | null;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
