import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What one integrator may receive, set by a node admin: without one, an integrator cannot subscribe. */
@Entity({ name: 'integrator_allowances' })
export class AllowanceEntity {
  /** The integrator's token subject. */
  @PrimaryColumn('text')
  subject!: string;

  @Column('text', { name: 'event_types', array: true })
  eventTypes!: string[];

  /** Fields of the public events' data that may go out; the placement pseudonym always does. */
  @Column('text', { array: true })
  fields!: string[];

  @Column('text', { name: 'set_by' })
  setBy!: string;

  @Column('timestamptz', { name: 'set_at' })
  setAt!: Date;
}
