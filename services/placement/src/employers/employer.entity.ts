import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface EmployerContact {
  name: string;
  email?: string;
  phone?: string;
}

/** A business that takes trainees; `crossBorder` when it operates on both sides of the border. */
@Entity({ name: 'employers' })
export class EmployerEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** NACE Rev. 2 section letters, e.g. `F` (construction), `C` (manufacturing). */
  @Column('text', { array: true })
  sectors!: string[];

  @Column('jsonb')
  contact!: EmployerContact;

  @Column('boolean', { name: 'cross_border' })
  crossBorder!: boolean;

  /** Set while the employer is kept out of matching (e.g. pending a grievance). */
  @Column('timestamptz', { name: 'suspended_at', nullable: true })
  suspendedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** Subjects of the employer's own users (role `employer`), who read their vacancies' shortlists. */
  @Column('text', { name: 'portal_users', array: true, default: () => "'{}'" })
  portalUsers!: string[];
}
