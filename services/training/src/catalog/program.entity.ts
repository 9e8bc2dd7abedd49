import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FundingSource, Multilingual, ProgramStatus, Schedule } from './catalog-types';

const decimal = { to: (value: number) => value, from: (value: string) => Number(value) };

@Entity({ name: 'programs' })
export class ProgramEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('jsonb')
  title!: Multilingual;

  /** ISCO-08 unit group. */
  @Column('text')
  occupation!: string;

  @Column('text', { name: 'esco_occupation', nullable: true })
  escoOccupation!: string | null;

  @Column('integer', { name: 'eqf_level' })
  eqfLevel!: number;

  /** Languages of instruction (ISO 639). */
  @Column('text', { array: true })
  languages!: string[];

  @Column('text')
  location!: string;

  @Column('jsonb')
  schedule!: Schedule;

  /** Places of a new cohort unless it sets its own. */
  @Column('integer')
  capacity!: number;

  @Column('jsonb')
  funding!: FundingSource[];

  /** The training provider that runs it, by name. */
  @Column('text')
  provider!: string;

  /** Share of attended sessions (present of present + absent) needed to complete, 0..1. */
  @Column('numeric', { name: 'attendance_threshold', transformer: decimal })
  attendanceThreshold!: number;

  @Column('text')
  status!: ProgramStatus;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
