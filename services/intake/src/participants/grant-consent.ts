import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsentGrantedV1 } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { AuditLog, type Clock, CLOCK, type Principal } from '@tandem/platform';
import { ConsentEntity } from './consent.entity';
import { type ConsentTerms, grantConsent } from './participant';
import { CASE_MANAGEMENT, findParticipantOr404 } from './participant-access';

@Injectable()
export class GrantConsent {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    participantId: string,
    terms: ConsentTerms,
    actor: Principal,
  ): Promise<ConsentEntity> {
    return this.dataSource.transaction(async (manager) => {
      await findParticipantOr404(manager, participantId, { lock: true, actor });
      const consent = grantConsent(participantId, terms, { id: randomUUID(), actor: actor.subject, now: this.clock() });
      const entity = manager.create(ConsentEntity, consent);
      await manager.insert(ConsentEntity, entity);
      await this.outbox.add(manager, {
        contract: ConsentGrantedV1,
        subject: participantId,
        data: {
          consentId: consent.id,
          participantId,
          purposes: consent.purposes,
          noticeVersion: consent.noticeVersion,
          grantedAt: consent.givenAt.toISOString(),
        },
      });
      await this.audit.record(manager, {
        actor,
        action: 'grant-consent',
        resourceType: 'participant',
        resourceId: participantId,
        purpose: CASE_MANAGEMENT,
      });
      return entity;
    });
  }
}
