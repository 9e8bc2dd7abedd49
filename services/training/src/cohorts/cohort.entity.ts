import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One run of a program. Trainers and mentors are named people of the training provider. */
@Entity({ name: 'cohorts' })
export class CohortEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'program_id' })
  programId!: string;

  @Column('text')
  name!: string;

  @Column('date', { name: 'starts_on' })
  startsOn!: string;

  @Column('date', { name: 'ends_on' })
  endsOn!: string;

  @Column('integer')
  capacity!: number;

  @Column('text', { array: true })
  trainers!: string[];

  @Column('text', { array: true })
  mentors!: string[];

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
