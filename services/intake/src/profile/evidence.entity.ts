import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EvidenceKind, EvidenceMediaType } from './evidence';

/** A prior-learning document, stored on this node only. Its bytes are loaded only when asked for. */
@Entity({ name: 'evidence_documents' })
export class EvidenceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  kind!: EvidenceKind;

  @Column('text', { nullable: true })
  issuer!: string | null;

  @Column('date', { name: 'issued_on', nullable: true })
  issuedOn!: string | null;

  @Column('text', { name: 'media_type' })
  mediaType!: EvidenceMediaType;

  @Column('integer', { name: 'size_bytes' })
  sizeBytes!: number;

  @Column('text')
  sha256!: string;

  @Column('bytea', { select: false })
  content!: Buffer;

  @Column('timestamptz', { name: 'uploaded_at' })
  uploadedAt!: Date;

  @Column('text', { name: 'uploaded_by' })
  uploadedBy!: string;
}
