import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, type Principal } from '@tandem/platform';
import { ConsentEntity } from './consent.entity';
import { CASE_MANAGEMENT, findParticipantOr404 } from './participant-access';
import { ParticipantView } from './dto/participant.view';

@Injectable()
export class ReadParticipant {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** A read of a person's record is audited like a write; no audit entry, no data. */
  async execute(participantId: string, actor: Principal): Promise<ParticipantView> {
    return this.dataSource.transaction(async (manager) => {
      const participant = await findParticipantOr404(manager, participantId, { lock: false, actor });
      const consents = await manager.find(ConsentEntity, { where: { participantId }, order: { givenAt: 'ASC' } });
      await this.audit.record(manager, {
        actor,
        action: 'read',
        resourceType: 'participant',
        resourceId: participantId,
        purpose: CASE_MANAGEMENT,
      });
      return ParticipantView.of(participant, consents);
    });
  }
}
