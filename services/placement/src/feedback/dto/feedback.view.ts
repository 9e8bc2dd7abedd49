import { ApiProperty } from '@nestjs/swagger';
import type { EmployerFeedbackEntity } from '../employer-feedback.entity';

export class FeedbackView {
  @ApiProperty({ format: 'uuid' }) placementId!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) skillsFit!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) reliability!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) language!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty() givenBy!: string;
  @ApiProperty({ format: 'date' }) givenOn!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a later rating replaced the first; null if none did' })
  updatedAt!: string | null;

  static of(feedback: EmployerFeedbackEntity): FeedbackView {
    return { ...feedback, recordedAt: feedback.recordedAt.toISOString(), updatedAt: feedback.updatedAt?.toISOString() ?? null };
  }
}
