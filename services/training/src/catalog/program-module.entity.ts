import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A module's place in a program, and whether completing the program needs it. */
@Entity({ name: 'program_modules' })
export class ProgramModuleEntity {
  @PrimaryColumn('uuid', { name: 'program_id' })
  programId!: string;

  @PrimaryColumn('uuid', { name: 'module_id' })
  moduleId!: string;

  @Column('integer')
  position!: number;

  @Column('boolean')
  required!: boolean;
}
