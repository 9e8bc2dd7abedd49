import { ApiProperty } from '@nestjs/swagger';
import type { ConsentEntity } from '../consent.entity';
import type { ParticipantEntity } from '../participant.entity';
import { LanguageSkillDto, RegisterParticipantDto } from './register-participant.dto';

export class ConsentView {
  @ApiProperty() id!: string;
  @ApiProperty({ isArray: true, type: String }) purposes!: string[];
  @ApiProperty({ description: 'Per purpose, the profile fields it may carry' }) fields!: Record<string, string[]>;
  @ApiProperty({ isArray: true, type: String }) recipients!: string[];
  @ApiProperty() givenBy!: string;
  @ApiProperty() noticeVersion!: string;
  @ApiProperty() channel!: string;
  @ApiProperty() givenAt!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ nullable: true, type: String }) withdrawnAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) withdrawnBy!: string | null;

  static of(consent: ConsentEntity): ConsentView {
    return {
      id: consent.id,
      purposes: consent.purposes,
      fields: consent.fields,
      recipients: consent.recipients,
      givenBy: consent.givenBy,
      noticeVersion: consent.noticeVersion,
      channel: consent.channel,
      givenAt: consent.givenAt.toISOString(),
      recordedBy: consent.recordedBy,
      withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
      withdrawnBy: consent.withdrawnBy,
    };
  }
}

export class ParticipantView extends RegisterParticipantDto {
  @ApiProperty() id!: string;
  @ApiProperty() registeredAt!: string;
  @ApiProperty() registeredBy!: string;
  @ApiProperty({ type: [ConsentView] }) consents!: ConsentView[];

  static of(participant: ParticipantEntity, consents: ConsentEntity[]): ParticipantView {
    return {
      id: participant.id,
      givenName: participant.givenName,
      familyName: participant.familyName,
      dateOfBirth: participant.dateOfBirth,
      gender: participant.gender,
      residenceMunicipality: participant.residenceMunicipality,
      status: participant.status,
      languages: participant.languages as LanguageSkillDto[],
      registeredAt: participant.registeredAt.toISOString(),
      registeredBy: participant.registeredBy,
      consents: consents.map(ConsentView.of),
    };
  }
}
