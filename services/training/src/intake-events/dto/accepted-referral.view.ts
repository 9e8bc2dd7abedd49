import { ApiProperty } from '@nestjs/swagger';

export class AcceptedReferralView {
  @ApiProperty({ format: 'uuid' })
  referralId!: string;

  @ApiProperty({ description: 'The referring municipality.', example: 'de-goerlitz' })
  from!: string;

  @ApiProperty({ format: 'date-time' })
  acceptedAt!: string;

  @ApiProperty({ type: String, nullable: true, description: 'ISCO-08 unit group the referral asked for.' })
  occupation!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The program the referring caseworker named.' })
  program!: string | null;

  @ApiProperty({ type: String, nullable: true })
  givenName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  familyName!: string | null;

  @ApiProperty({ description: 'Whether progress goes back to the referring node.' })
  progressSharing!: boolean;
}
