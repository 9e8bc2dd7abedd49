import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Length, Matches } from 'class-validator';

export class IssueCredentialDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  definitionId!: string;

  @ApiProperty({ format: 'uuid', description: 'A participant of this node' })
  @IsUUID('4')
  participantId!: string;
}

export class RevokeCredentialDto {
  @ApiProperty({ maxLength: 500, example: 'Issued in error: the assessment was recorded for the wrong trainee.' })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must contain text' })
  reason!: string;
}

export class ParticipantQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  participantId!: string;
}
