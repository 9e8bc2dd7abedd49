import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { EVIDENCE_KINDS, EVIDENCE_MEDIA_TYPES, type EvidenceKind, type EvidenceMediaType, MAX_EVIDENCE_BYTES } from '../evidence';
import type { EvidenceEntity } from '../evidence.entity';

/** The text parts of the multipart upload; the document itself is the `file` part. */
export class UploadEvidenceDto {
  @ApiProperty({ maxLength: 200, example: 'Welding certificate EN ISO 9606-1' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiProperty({ enum: EVIDENCE_KINDS })
  @IsIn(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  @ApiPropertyOptional({ maxLength: 200, example: 'TÜV Rheinland' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  issuer?: string;

  @ApiPropertyOptional({ format: 'date', example: '2019-06-30' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'issuedOn must be a date, YYYY-MM-DD' })
  issuedOn?: string;
}

export class UploadEvidenceForm extends UploadEvidenceDto {
  @ApiProperty({ type: 'string', format: 'binary', description: `PDF, PNG or JPEG, at most ${MAX_EVIDENCE_BYTES} bytes` })
  file!: unknown;
}

export class EvidenceView {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind!: EvidenceKind;
  @ApiProperty({ nullable: true, type: String }) issuer!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) issuedOn!: string | null;
  @ApiProperty({ enum: EVIDENCE_MEDIA_TYPES, description: 'Detected from the bytes, not taken from the client' }) mediaType!: EvidenceMediaType;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the stored bytes, hex, computed by the server' }) sha256!: string;
  @ApiProperty() uploadedAt!: string;
  @ApiProperty() uploadedBy!: string;

  static of(evidence: EvidenceEntity): EvidenceView {
    return {
      id: evidence.id,
      title: evidence.title,
      kind: evidence.kind,
      issuer: evidence.issuer,
      issuedOn: evidence.issuedOn,
      mediaType: evidence.mediaType,
      sizeBytes: evidence.sizeBytes,
      sha256: evidence.sha256,
      uploadedAt: evidence.uploadedAt.toISOString(),
      uploadedBy: evidence.uploadedBy,
    };
  }
}
