import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { CASE_MANAGEMENT, findParticipantOr404 } from '../participants/participant-access';
import { EvidenceEntity } from './evidence.entity';

/** Reads of a participant's documents: each one audited like a write, in the same transaction. */
@Injectable()
export class ReadEvidence {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Metadata only: the bytes stay in the database unless one document is asked for. */
  list(participantId: string, actor: Principal): Promise<EvidenceEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      await findParticipantOr404(manager, participantId, { lock: false, actor });
      const documents = await manager.find(EvidenceEntity, { where: { participantId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
      await this.record(manager, actor, 'list-evidence', participantId);
      return documents;
    });
  }

  content(participantId: string, evidenceId: string, actor: Principal): Promise<EvidenceEntity> {
    return this.dataSource.transaction(async (manager) => {
      await findParticipantOr404(manager, participantId, { lock: false, actor });
      const document = await manager
        .createQueryBuilder(EvidenceEntity, 'evidence')
        .addSelect('evidence.content')
        .where('evidence.id = :evidenceId AND evidence.participantId = :participantId', { evidenceId, participantId })
        .getOne();
      if (!document) throw new NotFoundException(`evidence ${evidenceId} not found`);
      await this.record(manager, actor, 'read-evidence-content', participantId);
      return document;
    });
  }

  private record(manager: EntityManager, actor: Principal, action: string, participantId: string): Promise<void> {
    return this.audit.record(manager, { actor, action, resourceType: 'participant', resourceId: participantId, purpose: CASE_MANAGEMENT });
  }
}
