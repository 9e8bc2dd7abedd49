import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsObject, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PLACEMENT_TYPES, type PlacementType } from '@tandem/contracts';
import { PUBLIC_EVENT_TYPES } from '../public-events';
import type { SubscriptionFilter } from '../subscription-filter';

const present = (value: unknown) => value !== undefined;

export class SubscriptionFilterDto implements SubscriptionFilter {
  @ApiPropertyOptional({ type: [String], enum: PLACEMENT_TYPES, description: 'Only placements of these types' })
  @ValidateIf((filter: SubscriptionFilterDto) => present(filter.types))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique({ message: 'types must list each type once' })
  @IsIn(PLACEMENT_TYPES, { each: true, message: `each of types must be one of ${PLACEMENT_TYPES.join(', ')}` })
  types?: PlacementType[];

  @ApiPropertyOptional({ description: 'Only occupations whose ISCO-08 code starts with these digits', example: '72' })
  @ValidateIf((filter: SubscriptionFilterDto) => present(filter.occupationPrefix))
  @Matches(/^[0-9]{1,4}$/, { message: 'occupationPrefix must be one to four ISCO-08 digits' })
  occupationPrefix?: string;
}

export class CreateSubscriptionDto {
  @ApiProperty({ description: 'https, on a public address (http and internal addresses only for allow-listed host:port)', example: 'https://hooks.example.org/tandem' })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @ApiProperty({ type: [String], enum: PUBLIC_EVENT_TYPES, description: 'Within the integrator’s allowance' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique({ message: 'eventTypes must list each type once' })
  @IsIn(PUBLIC_EVENT_TYPES, { each: true, message: `each of eventTypes must be one of ${PUBLIC_EVENT_TYPES.join(', ')}` })
  eventTypes!: string[];

  @ApiPropertyOptional({ type: SubscriptionFilterDto })
  @ValidateIf((body: CreateSubscriptionDto) => present(body.filter))
  @IsObject()
  @ValidateNested()
  @Type(() => SubscriptionFilterDto)
  filter?: SubscriptionFilterDto;

  toFilter(): SubscriptionFilter {
    const { types, occupationPrefix } = this.filter ?? {};
    return { ...(types ? { types } : {}), ...(occupationPrefix ? { occupationPrefix } : {}) };
  }
}

export class ReplayQueryDto {
  @ApiProperty({ description: 'Events at or after this instant are sent again', example: '2027-04-01T00:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date-time' })
  @Matches(/T/, { message: 'from must be an ISO 8601 date-time' })
  from!: string;
}
