import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { SUPPORT_END_REASONS, type SupportEndReason } from '@tandem/contracts';
import { PageQuery } from '@tandem/platform';
import { IsDay, PeriodDto } from '../../budgets/dto/period.dto';
import { ENTITLEMENT_STATUSES, type EntitlementStatus } from '../entitlement.entity';
import type { EntitlementRequest } from '../request-entitlement';

export class RequestEntitlementDto extends PeriodDto {
  @ApiProperty({ format: 'uuid', description: 'A participant of this node' })
  @IsUUID('4')
  participantId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  supportTypeId!: string;

  @ApiProperty({ minimum: 1, description: "The most it may cost, in minor units of the support type's currency", example: 120_000 })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  capMinor!: number;

  // ValidateIf rather than IsOptional, which would let an explicit null through.
  @ApiPropertyOptional({ minimum: 1, description: 'The most units it may deliver', example: 40 })
  @ValidateIf((body: RequestEntitlementDto) => body.capUnits !== undefined)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  capUnits?: number;

  @ApiProperty({ format: 'uuid', description: "The budget that pays: same currency, and the period inside the budget's" })
  @IsUUID('4')
  budgetId!: string;

  @ApiProperty({ maxLength: 2000, description: 'Why the trainee needs it. Sensitive: social workers only, never in an event.' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must contain text' })
  reason!: string;

  toRequest(): EntitlementRequest {
    const { participantId, supportTypeId, budgetId, capMinor, reason } = this;
    return { participantId, supportTypeId, budgetId, capMinor, capUnits: this.capUnits ?? null, reason, period: this.period() };
  }
}

export class EndEntitlementDto {
  @ApiProperty({ format: 'date', description: 'Not in the future, nor after the end of the period', example: '2027-01-10' })
  @IsDay()
  endedOn!: string;

  @ApiProperty({ enum: SUPPORT_END_REASONS })
  @IsIn(SUPPORT_END_REASONS)
  reason!: SupportEndReason;
}

export class EntitlementFilterDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  participantId!: string;
}

/** The social workers' list of the node's entitlements, a page at a time. */
export class EntitlementListQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: ENTITLEMENT_STATUSES, description: 'Only entitlements in this status, e.g. `pending-approval`. Omitted: all.' })
  @IsOptional()
  @IsIn(ENTITLEMENT_STATUSES)
  status?: EntitlementStatus;

}
