import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RetentionCheckpointDays } from '@tandem/contracts';

/** Made with the placement: is the participant still employed 30, 90, 180 and 365 days on? */
@Entity({ name: 'retention_checkpoints' })
export class RetentionCheckpointEntity {
  @PrimaryColumn('uuid', { name: 'placement_id' })
  placementId!: string;

  @PrimaryColumn('integer')
  days!: RetentionCheckpointDays;

  @Column('date', { name: 'due_on' })
  dueOn!: string;

  @Column('date', { name: 'recorded_on', nullable: true })
  recordedOn!: string | null;

  @Column('boolean', { name: 'still_employed', nullable: true })
  stillEmployed!: boolean | null;

  @Column('text', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;
}
