import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DeliveryEntity } from '../delivery.entity';

export class DeliveryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) entitlementId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() units!: number;
  @ApiProperty() amountMinor!: number;
  @ApiProperty({ description: "The entitlement's" }) currency!: string;
  @ApiPropertyOptional({ description: 'Social workers only: absent for anyone else' }) provider?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Social workers only: absent for anyone else' }) note?: string | null;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;

  /** Who delivered it and what was noted are left out, not blanked, for whoever may not read them. */
  static of(delivery: DeliveryEntity, currency: string, options: { sensitive: boolean }): DeliveryView {
    const { provider, note, recordedAt, ...rest } = delivery;
    return { ...rest, currency, ...(options.sensitive ? { provider, note } : {}), recordedAt: recordedAt.toISOString() };
  }
}
