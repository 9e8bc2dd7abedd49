import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type FindOptionsWhere, IsNull, Not } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { RECOGNITION } from '../credentials/credential-access';
import type { QueueStage, RequestQueueQueryDto } from './dto/recognition-request.dto';
import { RecognitionRequestEntity } from './recognition-request.entity';
import { assertMayHandle } from './request-access';

const STAGES: Record<QueueStage, FindOptionsWhere<RecognitionRequestEntity>> = {
  pending: { status: 'pending' },
  appealed: { appealedAt: Not(IsNull()), appealDecidedAt: IsNull() },
};

/** Reads for officers and the participant's caseworker; every read audited. */
@Injectable()
export class ReadRequests {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async forParticipant(participantId: string, actor: Principal): Promise<RecognitionRequestEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      await assertMayHandle(manager, actor, participantId, `participant ${participantId}`);
      const requests = await manager.find(RecognitionRequestEntity, { where: { participantId }, order: { requestedAt: 'ASC' } });
      await this.audit.record(manager, { actor, action: 'read', resourceType: 'participant-recognition-requests', resourceId: participantId, purpose: RECOGNITION });
      return requests;
    });
  }

  async one(id: string, actor: Principal): Promise<RecognitionRequestEntity> {
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOneBy(RecognitionRequestEntity, { id });
      if (!request) throw new NotFoundException(`recognition request ${id} not found`);
      await assertMayHandle(manager, actor, request.participantId, `recognition request ${id}`);
      await this.audit.record(manager, { actor, action: 'read', resourceType: 'recognition-request', resourceId: id, purpose: RECOGNITION });
      return request;
    });
  }

  /** The officers' worklist, oldest request first; each request on the page is audited as listed. */
  async queue(query: RequestQueueQueryDto, actor: Principal): Promise<{ items: RecognitionRequestEntity[]; total: number }> {
    return this.dataSource.transaction(async (manager) => {
      const [items, total] = await manager.findAndCount(RecognitionRequestEntity, {
        where: query.stage ? STAGES[query.stage] : {},
        order: { requestedAt: 'ASC', id: 'ASC' },
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      });
      for (const { id } of items) {
        await this.audit.record(manager, { actor, action: 'list', resourceType: 'recognition-request', resourceId: id, purpose: RECOGNITION });
      }
      return { items, total };
    });
  }
}
