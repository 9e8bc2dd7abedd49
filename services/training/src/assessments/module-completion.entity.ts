import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'module_completions' })
export class ModuleCompletionEntity {
  @PrimaryColumn('uuid', { name: 'enrollment_id' })
  enrollmentId!: string;

  @PrimaryColumn('uuid', { name: 'module_id' })
  moduleId!: string;

  @Column('date', { name: 'completed_on' })
  completedOn!: string;
}
