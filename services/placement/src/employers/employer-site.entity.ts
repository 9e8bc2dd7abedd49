import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where an employer works, on either side of the border. */
@Entity({ name: 'employer_sites' })
export class EmployerSiteEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'employer_id' })
  employerId!: string;

  /** A municipality id of the federation (e.g. `pl-zgorzelec`) or another municipality's id in that form. */
  @Column('text')
  municipality!: string;

  /** ISO 3166-1 alpha-2. */
  @Column('text')
  country!: string;

  @Column('text')
  address!: string;
}
