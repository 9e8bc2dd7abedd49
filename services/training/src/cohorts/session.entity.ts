import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One teaching slot of a cohort: attendance is taken per session. */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId!: string;

  @Column('date')
  date!: string;

  /** Local time, `HH:MM:SS`. */
  @Column('time', { name: 'starts_at' })
  startsAt!: string;

  @Column('time', { name: 'ends_at' })
  endsAt!: string;

  @Column('text')
  room!: string;

  @Column('uuid', { name: 'module_id', nullable: true })
  moduleId!: string | null;
}
