import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { DROP_REASONS, type DropReason } from '@tandem/contracts';
import { invalidInput } from '@tandem/platform';
import type { EnrollRequest } from '../enroll';
import type { TraineeFilter } from '../read-enrollments';

/** Exactly one of the two ways to name a trainee. */
function oneTrainee(body: { participantId?: string; referralId?: string }): void {
  if (body.participantId && body.referralId) throw invalidInput({ referralId: ['give participantId or referralId, not both'] });
}

export class EnrollDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A participant registered on this node (a local trainee).' })
  @ValidateIf((body: EnrollDto) => body.referralId === undefined)
  @IsUUID('4', { message: 'participantId (or referralId) must be a UUID' })
  participantId?: string;

  @ApiPropertyOptional({ description: 'The roster name of a local trainee; required with participantId.', example: 'Amal H.' })
  @ValidateIf((body: EnrollDto) => body.participantId !== undefined)
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A referral this node accepted (a referred trainee).' })
  @IsOptional()
  @IsUUID('4')
  referralId?: string;

  toRequest(): EnrollRequest {
    oneTrainee(this);
    const { participantId, displayName, referralId } = this;
    if (referralId) return { referralId };
    if (participantId && displayName) return { participantId, displayName };
    throw invalidInput({ participantId: ['participantId with displayName, or referralId, is required'] });
  }
}

export class TraineeFilterDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((query: TraineeFilterDto) => query.referralId === undefined)
  @IsUUID('4', { message: 'participantId (or referralId) must be a UUID' })
  participantId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  referralId?: string;

  toFilter(): TraineeFilter {
    oneTrainee(this);
    const { participantId, referralId } = this;
    if (referralId) return { referralId };
    if (participantId) return { participantId };
    throw invalidInput({ participantId: ['participantId or referralId is required'] });
  }
}

export class DropEnrollmentDto {
  @ApiProperty({ enum: DROP_REASONS, description: 'Coarse on purpose: health and other sensitive causes are `personal-reasons`.' })
  @IsIn(DROP_REASONS)
  reason!: DropReason;
}

export class AssignMentorDto {
  @ApiProperty({ description: "One of the cohort's mentors.", example: 'Marek Nowak' })
  @IsString()
  @Length(1, 200)
  mentor!: string;
}
