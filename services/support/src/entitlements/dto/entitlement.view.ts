import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUPPORT_END_REASONS } from '@tandem/contracts';
import { ENTITLEMENT_STATUSES, type EntitlementEntity } from '../entitlement.entity';

export class EntitlementView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty({ format: 'uuid' }) supportTypeId!: string;
  @ApiProperty({ format: 'uuid' }) budgetId!: string;
  @ApiProperty({ format: 'date' }) periodFrom!: string;
  @ApiProperty({ format: 'date' }) periodTo!: string;
  @ApiProperty() capMinor!: number;
  @ApiProperty({ type: Number, nullable: true }) capUnits!: number | null;
  @ApiProperty() currency!: string;
  @ApiProperty({ enum: ENTITLEMENT_STATUSES }) status!: string;
  @ApiPropertyOptional({ description: 'Social workers only: absent for anyone else' }) reason?: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, nullable: true }) decidedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endedOn!: string | null;
  @ApiProperty({ type: String, enum: SUPPORT_END_REASONS, nullable: true }) endReason!: string | null;

  /** The reason is left out, not blanked, for whoever may not read it. */
  static of(entitlement: EntitlementEntity, options: { withReason: boolean }): EntitlementView {
    const { reason, requestedAt, decidedAt, ...rest } = entitlement;
    return {
      ...rest,
      ...(options.withReason ? { reason } : {}),
      requestedAt: requestedAt.toISOString(),
      decidedAt: decidedAt?.toISOString() ?? null,
    };
  }
}

export class EntitlementPage {
  @ApiProperty({ type: [EntitlementView] }) items!: EntitlementView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
