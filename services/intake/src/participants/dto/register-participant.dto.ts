import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { GENDERS, type Gender, type LanguageSkill, PARTICIPANT_STATUSES, type ParticipantStatus } from '../participant';

const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export class LanguageSkillDto implements LanguageSkill {
  @ApiProperty({ description: 'ISO 639 language code', example: 'uk' })
  @Matches(/^[a-z]{2,3}$/, { message: 'code must be an ISO 639 code such as de or uk' })
  code!: string;

  @ApiProperty({ enum: CEFR_LEVELS, example: 'B1' })
  @IsIn(CEFR_LEVELS)
  level!: LanguageSkill['level'];
}

export class RegisterParticipantDto {
  @ApiProperty({ example: 'Olena' })
  @IsString()
  @Length(1, 100)
  givenName!: string;

  @ApiProperty({ example: 'Kovalenko' })
  @IsString()
  @Length(1, 100)
  familyName!: string;

  @ApiProperty({ format: 'date', example: '1994-03-17' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date, YYYY-MM-DD' })
  dateOfBirth!: string;

  @ApiProperty({ enum: GENDERS })
  @IsIn(GENDERS)
  gender!: Gender;

  @ApiProperty({ description: 'Municipality id where the participant lives', example: 'de-goerlitz' })
  @Matches(/^[a-z]{2}-[a-z0-9-]+$/, { message: 'residenceMunicipality must be a municipality id such as de-goerlitz' })
  residenceMunicipality!: string;

  @ApiProperty({ enum: PARTICIPANT_STATUSES, description: 'Special-category data: never leaves this node' })
  @IsIn(PARTICIPANT_STATUSES)
  status!: ParticipantStatus;

  @ApiProperty({ type: [LanguageSkillDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LanguageSkillDto)
  languages!: LanguageSkillDto[];
}
