import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseNote } from './case';

@Entity({ name: 'case_notes' })
export class CaseNoteEntity implements CaseNote {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text')
  author!: string;

  @Column('text')
  body!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
