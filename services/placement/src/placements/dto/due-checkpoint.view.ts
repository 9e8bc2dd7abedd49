import { ApiProperty } from '@nestjs/swagger';
import { PLACEMENT_TYPES, RETENTION_CHECKPOINT_DAYS } from '@tandem/contracts';

/** A checkpoint to ask about: whose placement, which one, and by when. */
export class DueCheckpointView {
  @ApiProperty({ format: 'uuid' }) placementId!: string;
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty({ enum: PLACEMENT_TYPES }) type!: string;
  @ApiProperty({ format: 'date' }) startedOn!: string;
  @ApiProperty({ enum: RETENTION_CHECKPOINT_DAYS }) days!: number;
  @ApiProperty({ format: 'date' }) dueOn!: string;
}
