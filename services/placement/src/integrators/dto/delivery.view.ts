import { ApiProperty } from '@nestjs/swagger';
import type { DeliveryAttemptEntity } from '../delivery-attempt.entity';

export class AttemptView {
  @ApiProperty() attemptedAt!: Date;
  @ApiProperty({ type: Number, nullable: true, description: 'The receiver’s answer; null when there was none' }) statusCode!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why there was no answer, or why it was not sent' }) error!: string | null;
  @ApiProperty() durationMs!: number;
  @ApiProperty({ type: Date, nullable: true, description: 'Null after a success, or when the delivery gave up' }) nextAttemptAt!: Date | null;

  static of({ attemptedAt, statusCode, error, durationMs, nextAttemptAt }: DeliveryAttemptEntity): AttemptView {
    return { attemptedAt, statusCode, error, durationMs, nextAttemptAt };
  }
}

export class DeliveryView {
  @ApiProperty() id!: number;
  @ApiProperty({ format: 'uuid', description: 'The `webhook-id` header: the same in every retry and replay of the event' }) webhookId!: string;
  @ApiProperty({ description: 'The public event type' }) type!: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed', 'withheld'] }) status!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) nextAttemptAt!: Date | null;
  @ApiProperty({ type: [AttemptView] }) attempts!: AttemptView[];
}
