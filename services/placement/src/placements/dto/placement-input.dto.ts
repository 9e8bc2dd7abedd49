import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PLACEMENT_END_REASONS, PLACEMENT_TYPES, type PlacementEndReason, type PlacementType } from '@tandem/contracts';
import { invalidInput, MaxDecimalPlaces } from '@tandem/platform';
import type { PlacementRequest } from '../start-placement';
import type { WorkplaceRequest } from '../workplace';
import { IsDay } from './is-day';
import { IsWage, WageDto } from './wage.dto';

const present = (value: unknown) => value !== undefined;

export class StartPlacementDto {
  @ApiProperty({ format: 'uuid', description: 'A participant of this node whose case the caller holds' })
  @IsUUID('4')
  participantId!: string;

  @ApiProperty({ enum: PLACEMENT_TYPES })
  @IsIn(PLACEMENT_TYPES)
  type!: PlacementType;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required, with siteId, except for self-employment, where both are absent' })
  @ValidateIf((body: StartPlacementDto) => present(body.employerId))
  @IsUUID('4')
  employerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "One of the employer's sites" })
  @ValidateIf((body: StartPlacementDto) => present(body.siteId))
  @IsUUID('4')
  siteId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "An open vacancy of the employer's that the placement fills" })
  @ValidateIf((body: StartPlacementDto) => present(body.vacancyId))
  @IsUUID('4')
  vacancyId?: string;

  @ApiProperty({ description: 'ISCO-08 unit group', example: '7212' })
  @Matches(/^[0-9]{4}$/, { message: 'occupation must be an ISCO-08 unit group, four digits' })
  occupation!: string;

  @ApiPropertyOptional({ description: "Self-employment only: where they trade; otherwise the site's", example: 'pl-zgorzelec' })
  @ValidateIf((body: StartPlacementDto) => present(body.siteMunicipality))
  @Matches(/^[a-z]{2}-[a-z0-9-]+$/, { message: 'siteMunicipality must be a municipality id such as pl-zgorzelec' })
  @MaxLength(64)
  siteMunicipality?: string;

  @ApiProperty({ format: 'date', description: 'At most 30 days from today', example: '2027-04-01' })
  @IsDay()
  startedOn!: string;

  @ApiProperty({ minimum: 0, maximum: 80, example: 40 })
  @IsNumber()
  @MaxDecimalPlaces(1)
  @Min(0)
  @Max(80)
  contractedHoursPerWeek!: number;

  @ApiProperty({ type: WageDto, description: 'The wage at the start' })
  @IsWage()
  wage!: WageDto;

  toRequest(): PlacementRequest {
    const { participantId, type, occupation, startedOn, contractedHoursPerWeek, wage } = this;
    return { participantId, type, occupation, startedOn, contractedHoursPerWeek, wage, workplace: this.workplace() };
  }

  /** Self-employment has no employer and names its municipality; any other placement is at an employer's site. */
  private workplace(): WorkplaceRequest {
    const { employerId, siteId, vacancyId, siteMunicipality } = this;
    const fields: Record<string, string[]> = {};
    if (this.type === 'self-employment') {
      for (const [name, value] of Object.entries({ employerId, siteId, vacancyId })) {
        if (present(value)) fields[name] = [`${name} must be absent for self-employment`];
      }
      if (!siteMunicipality) fields.siteMunicipality = ['siteMunicipality is required for self-employment'];
      if (siteMunicipality && !Object.keys(fields).length) return { siteMunicipality };
    } else {
      if (!employerId) fields.employerId = [`employerId is required for a placement of type ${this.type}`];
      if (!siteId) fields.siteId = [`siteId is required for a placement of type ${this.type}`];
      if (present(siteMunicipality)) fields.siteMunicipality = ["siteMunicipality is taken from the employer's site"];
      if (employerId && siteId && !Object.keys(fields).length) return { employerId, siteId, vacancyId: vacancyId ?? null };
    }
    throw invalidInput(fields);
  }
}

export class EndPlacementDto {
  @ApiProperty({ format: 'date', description: 'On or after the start, not in the future', example: '2027-09-30' })
  @IsDay()
  endedOn!: string;

  @ApiProperty({ enum: PLACEMENT_END_REASONS, description: 'Coarse on purpose: health and grievances are `personal-reasons` or `other`.' })
  @IsIn(PLACEMENT_END_REASONS)
  reason!: PlacementEndReason;
}

export class RecordWageDto {
  @ApiProperty({ format: 'date', description: 'On or after the start, not in the future', example: '2027-07-01' })
  @IsDay()
  effectiveOn!: string;

  @ApiProperty({ type: WageDto })
  @IsWage()
  wage!: WageDto;
}

export class PlacementFilterDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  participantId!: string;
}
