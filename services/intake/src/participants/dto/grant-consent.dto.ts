import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';
import { CONSENT_PURPOSES, type ConsentPurpose } from '@tandem/contracts';
import { CONSENT_CHANNELS, type ConsentChannel } from '../participant';

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
}
