import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DECLINE_REASONS, type DeclineReason, WITHDRAWAL_REASONS, type WithdrawalReason } from '@tandem/contracts';
import { PageQuery } from '@tandem/platform';
import { DIRECTIONS, type Direction, REFERRAL_STATUSES, type ReferralStatus } from '../referral';

export class ConsentOverrideDto {
  @ApiProperty({ description: 'Why the referral must go without a covering consent; stays on this node', example: 'Court order 12/2026' })
  @IsString()
  @Length(10, 1000)
  justification!: string;
}

export class SendReferralDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  participantId!: string;

  @ApiProperty({ description: 'Municipality id of the receiving node', example: 'pl-zgorzelec' })
  @Matches(/^[a-z]{2}-[a-z0-9-]+$/, { message: 'destination must be a municipality id such as pl-zgorzelec' })
  destination!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The consent to send under; by default the newest one that covers it' })
  @IsOptional()
  @IsUUID('4')
  consentId?: string;

  @ApiPropertyOptional({ description: 'ISCO-08 unit group', example: '7212' })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'occupation must be a four-digit ISCO-08 code' })
  occupation?: string;

  @ApiPropertyOptional({ example: 'Welding, evening cohort' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  program?: string;

  @ApiPropertyOptional({ description: 'A note for the receiving caseworker; no health or status details' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  message?: string;

  @ApiPropertyOptional({ type: ConsentOverrideDto, description: 'Send without a covering consent (admin only; recorded)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentOverrideDto)
  override?: ConsentOverrideDto;
}

export class DeclineReferralDto {
  @ApiProperty({ enum: DECLINE_REASONS })
  @IsIn(DECLINE_REASONS)
  reason!: DeclineReason;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class WithdrawReferralDto {
  @ApiProperty({ enum: WITHDRAWAL_REASONS })
  @IsIn(WITHDRAWAL_REASONS)
  reason!: WithdrawalReason;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class ListReferralsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DIRECTIONS })
  @IsOptional()
  @IsIn(DIRECTIONS)
  direction?: Direction;

  @ApiPropertyOptional({ enum: REFERRAL_STATUSES })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;
}
