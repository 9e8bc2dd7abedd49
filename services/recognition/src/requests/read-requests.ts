import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { RECOGNITION } from '../credentials/credential-access';
import { RecognitionRequestEntity } from './recognition-request.entity';
import { assertMayHandle } from './request-access';

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
}
