import { ApiProperty } from '@nestjs/swagger';
import { PLACEMENT_END_REASONS, PLACEMENT_TYPES, RETENTION_CHECKPOINT_DAYS, WAGE_PERIODS } from '@tandem/contracts';
import type { PlacementEntity } from '../placement.entity';
import type { RetentionCheckpointEntity } from '../retention-checkpoint.entity';
import type { WageEntity } from '../wage.entity';

export class WageView {
  @ApiProperty({ format: 'date' }) effectiveOn!: string;
  @ApiProperty({ minimum: 0, description: 'Minor units per period', example: 480_000 }) amountMinor!: number;
  @ApiProperty({ example: 'PLN' }) currency!: string;
  @ApiProperty({ enum: WAGE_PERIODS }) period!: string;
  @ApiProperty() recordedBy!: string;

  static of({ effectiveOn, amountMinor, currency, period, recordedBy }: WageEntity): WageView {
    return { effectiveOn, amountMinor, currency, period, recordedBy };
  }
}

export class CheckpointView {
  @ApiProperty({ enum: RETENTION_CHECKPOINT_DAYS }) days!: number;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) recordedOn!: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) stillEmployed!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) recordedBy!: string | null;

  static of({ days, dueOn, recordedOn, stillEmployed, recordedBy }: RetentionCheckpointEntity): CheckpointView {
    return { days, dueOn, recordedOn, stillEmployed, recordedBy };
  }
}

export class PlacementView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty({ enum: PLACEMENT_TYPES }) type!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for self-employment' }) employerId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) siteId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) vacancyId!: string | null;
  @ApiProperty({ description: 'ISCO-08 unit group', example: '7212' }) occupation!: string;
  @ApiProperty({ example: 'pl-zgorzelec' }) siteMunicipality!: string;
  @ApiProperty({ format: 'date' }) startedOn!: string;
  @ApiProperty({ example: 40 }) contractedHoursPerWeek!: number;
  @ApiProperty({ enum: ['active', 'ended'] }) status!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endedOn!: string | null;
  @ApiProperty({ type: String, enum: PLACEMENT_END_REASONS, nullable: true }) endReason!: string | null;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(placement: PlacementEntity): PlacementView {
    return { ...placement, createdAt: placement.createdAt.toISOString() };
  }
}

/** One placement with where it stands: its wages in the order they took effect, and its checkpoints. */
export class PlacementDetailView extends PlacementView {
  @ApiProperty({ type: [WageView] }) wages!: WageView[];
  @ApiProperty({ type: [CheckpointView] }) checkpoints!: CheckpointView[];
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1.0833,
    description: 'Latest wage / first wage; null unless both are in the same currency and period and the first is above 0',
  })
  wageProgression!: number | null;
}
