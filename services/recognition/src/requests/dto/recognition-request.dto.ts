import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PageQuery } from '@tandem/platform';
import { APPEAL_OUTCOMES, type AppealOutcome, OUTCOMES, type Outcome } from '../recognition-request';

const Text = (max: number) => applyDecorators(IsString(), Length(1, max), Matches(/\S/, { message: '$property must contain text' }));

export class EvidenceDocumentDto {
  @ApiProperty({ example: 'swiadectwo-spawacza.pdf' })
  @Text(255)
  filename!: string;

  @ApiProperty({ example: 'application/pdf' })
  @Matches(/^[a-z]+\/[a-z0-9.+-]+$/, { message: 'mediaType must be a media type such as application/pdf' })
  mediaType!: string;

  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: 'SHA-256 of the document, hex' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lower-case hex digits' })
  sha256!: string;
}

export class ForeignQualificationDto {
  @ApiProperty({ example: 'PL', description: 'ISO 3166-1 alpha-2 code of the awarding country' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country!: string;

  @ApiPropertyOptional({ example: '722204' })
  @IsOptional()
  @Text(80)
  code?: string;

  @ApiProperty({ example: 'Spawacz' })
  @Text(200)
  name!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 8, example: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8)
  eqfLevel?: number;

  @ApiPropertyOptional({ example: '7212', description: 'ISCO-08 unit group' })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'occupation must be an ISCO-08 unit group of four digits' })
  occupation?: string;
}

/** Either an issued credential or a foreign qualification with its evidence: exactly one. */
export class CreateRecognitionRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  participantId!: string;

  @ApiPropertyOptional({ description: 'An Open Badges 3.0 credential as a compact JWS; it must verify as valid' })
  @ValidateIf((body: CreateRecognitionRequestDto) => body.qualification === undefined || body.credentialJws !== undefined)
  @IsDefined({ message: 'give either credentialJws or qualification' })
  @Matches(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, { message: 'credentialJws must be a compact JWS' })
  credentialJws?: string;

  @ApiPropertyOptional({ type: ForeignQualificationDto })
  @ValidateIf((body: CreateRecognitionRequestDto) => body.qualification !== undefined)
  @IsDefined()
  @ValidateNested()
  @Type(() => ForeignQualificationDto)
  qualification?: ForeignQualificationDto;

  @ApiPropertyOptional({ type: [EvidenceDocumentDto], description: 'Required with a foreign qualification: at least one document' })
  @ValidateIf((body: CreateRecognitionRequestDto) => body.qualification !== undefined || body.evidence !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDocumentDto)
  evidence?: EvidenceDocumentDto[];
}

export class DecisionDto {
  @ApiProperty({ enum: OUTCOMES })
  @IsIn(OUTCOMES)
  outcome!: Outcome;

  @ApiPropertyOptional({ type: [String], example: ['complete module DE-SAFE-01'], description: 'Required for a conditional outcome' })
  @ValidateIf((body: DecisionDto) => body.outcome === 'conditional' || body.compensationMeasures !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Length(1, 500, { each: true })
  compensationMeasures?: string[];

  @ApiProperty({ example: 'Training content matches the German Schweißer/in except for occupational safety.' })
  @Text(4000)
  reasons!: string;
}

export class AppealDto {
  @ApiProperty({ example: 'The officer did not consider the attached work certificate.' })
  @Text(4000)
  grounds!: string;
}

export class AppealDecisionDto {
  @ApiProperty({ enum: APPEAL_OUTCOMES })
  @IsIn(APPEAL_OUTCOMES)
  appealOutcome!: AppealOutcome;

  @ApiPropertyOptional({ enum: OUTCOMES, description: 'Required when overturned or modified: the recognition now in force' })
  @ValidateIf((body: AppealDecisionDto) => body.appealOutcome !== 'upheld' || body.outcome !== undefined)
  @IsIn(OUTCOMES)
  outcome?: Outcome;

  @ApiPropertyOptional({ type: [String], description: 'Required for a conditional outcome' })
  @ValidateIf((body: AppealDecisionDto) => body.outcome === 'conditional' || body.compensationMeasures !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Length(1, 500, { each: true })
  compensationMeasures?: string[];

  @ApiProperty()
  @Text(4000)
  reasons!: string;
}

export class ParticipantRequestsQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  participantId!: string;
}

export const QUEUE_STAGES = ['pending', 'appealed'] as const;
export type QueueStage = (typeof QUEUE_STAGES)[number];

/** The officers' worklist: every request of the node, or those waiting for a decision or an appeal review. */
export class RequestQueueQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: QUEUE_STAGES, description: '`pending`: not decided yet; `appealed`: an appeal not reviewed yet. Omitted: all.' })
  @IsOptional()
  @IsIn(QUEUE_STAGES)
  stage?: QueueStage;

}
