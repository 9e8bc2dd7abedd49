import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Clock, CLOCK, type Principal } from '@tandem/platform';
import { CASE_MANAGEMENT, findParticipantOr404 } from '../participants/participant-access';
import type { UploadEvidenceDto } from './dto/evidence.dto';
import { checkIssuedOn, sha256Hex, sniffMediaType, UnsupportedEvidenceTypeError } from './evidence';
import { EvidenceEntity } from './evidence.entity';

/** What multer hands over for the `file` part; the size limit is enforced while it reads. */
export interface UploadedDocument {
  buffer: Buffer;
  size: number;
}

@Injectable()
export class UploadEvidence {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Stores the document and its server-computed checksum; the bytes never reach an event or a log. */
  async execute(participantId: string, details: UploadEvidenceDto, file: UploadedDocument, actor: Principal): Promise<EvidenceEntity> {
    const now = this.clock();
    checkIssuedOn(details.issuedOn, now);
    const mediaType = sniffMediaType(file.buffer);
    if (!mediaType) throw new UnsupportedEvidenceTypeError();
    return this.dataSource.transaction(async (manager) => {
      await findParticipantOr404(manager, participantId, { lock: true, actor });
      const evidence = manager.create(EvidenceEntity, {
        id: randomUUID(),
        participantId,
        title: details.title,
        kind: details.kind,
        issuer: details.issuer ?? null,
        issuedOn: details.issuedOn ?? null,
        mediaType,
        sizeBytes: file.buffer.length,
        sha256: sha256Hex(file.buffer),
        content: file.buffer,
        uploadedAt: now,
        uploadedBy: actor.subject,
      });
      await manager.insert(EvidenceEntity, evidence);
      await this.audit.record(manager, {
        actor,
        action: 'upload-evidence',
        resourceType: 'participant',
        resourceId: participantId,
        purpose: CASE_MANAGEMENT,
      });
      return evidence;
    });
  }
}
