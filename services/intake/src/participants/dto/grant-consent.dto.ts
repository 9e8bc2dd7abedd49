import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  Validate,
} from 'class-validator';
import { CONSENT_PURPOSES, type ConsentPurpose, SHAREABLE_PROFILE_FIELDS } from '@tandem/contracts';
import { CONSENT_CHANNELS, CONSENT_GIVERS, type ConsentChannel, type ConsentFields, type ConsentGiver } from '../participant';
import { ConsentFieldsConstraint } from './consent-fields.validator';

export class GrantConsentDto {
  @ApiProperty({ enum: CONSENT_PURPOSES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(CONSENT_PURPOSES, { each: true })
  purposes!: ConsentPurpose[];

  @ApiProperty({ description: 'Version of the privacy notice the participant was shown', example: '2026-01' })
  @IsString()
  @Length(1, 32)
  noticeVersion!: string;

  @ApiProperty({ enum: CONSENT_CHANNELS })
  @IsIn(CONSENT_CHANNELS)
  channel!: ConsentChannel;

  @ApiProperty({ enum: CONSENT_GIVERS })
  @IsIn(CONSENT_GIVERS)
  givenBy!: ConsentGiver;

  @ApiPropertyOptional({
    description: `Per purpose, the profile fields it may carry (${SHAREABLE_PROFILE_FIELDS.join(', ')}). A purpose not listed carries none.`,
    example: { 'cross-border-referral': ['givenName', 'familyName', 'languages', 'skills'] },
  })
  @IsOptional()
  @Validate(ConsentFieldsConstraint)
  fields?: ConsentFields;

  @ApiPropertyOptional({ description: 'Municipalities the data may go to; omitted or empty: any federation member', example: ['pl-zgorzelec'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^[a-z]{2}-[a-z0-9-]+$/, { each: true, message: 'each recipient must be a municipality id such as pl-zgorzelec' })
  recipients?: string[];
}
