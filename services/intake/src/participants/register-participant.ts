import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ageBandOn, ParticipantDemographicsV1, ParticipantGroupV1, ParticipantRegisteredV1 } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { AuditLog, CLOCK, type Clock, type Principal, ServiceConfig } from '@tandem/platform';
import { CASE_MANAGEMENT } from './participant-access';
import { checkProfile, type ParticipantProfile, statusGroupOf } from './participant';
import { ParticipantEntity } from './participant.entity';
import { announceAssignment } from '../cases/announce-assignment';
import type { Case } from '../cases/case';
import { CaseEntity } from '../cases/case.entity';

@Injectable()
export class RegisterParticipant {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Row, case, events and audit entry commit together or not at all. */
  async execute(profile: ParticipantProfile, actor: Principal): Promise<ParticipantEntity> {
    const now = this.clock();
    checkProfile(profile, now);
    return this.dataSource.transaction(async (manager) => {
      const participant = manager.create(ParticipantEntity, {
        ...profile,
        id: randomUUID(),
        registeredAt: now,
        registeredBy: actor.subject,
      });
      await manager.insert(ParticipantEntity, participant);
      // Whoever registers a participant looks after them until an admin reassigns the case.
      const opened: Case = {
        id: randomUUID(),
        participantId: participant.id,
        assignedCaseworker: actor.subject,
        status: 'open',
        openedAt: now,
        closedAt: null,
      };
      await manager.insert(CaseEntity, opened);
      await this.outbox.add(manager, {
        contract: ParticipantRegisteredV1,
        subject: participant.id,
        data: {
          participantId: participant.id,
          municipality: this.config.MUNICIPALITY_ID,
          registeredAt: now.toISOString(),
          languages: profile.languages,
        },
      });
      await this.outbox.add(manager, {
        contract: ParticipantDemographicsV1,
        subject: participant.id,
        data: { participantId: participant.id, gender: profile.gender, ageBandAtRegistration: ageBandOn(profile.dateOfBirth, now) },
      });
      // On its own topic, read by outcomes alone; a later status change would announce the new group the same way.
      await this.outbox.add(manager, {
        contract: ParticipantGroupV1,
        subject: participant.id,
        data: { participantId: participant.id, group: statusGroupOf(profile.status) },
      });
      await announceAssignment(manager, this.outbox, opened, now);
      await this.audit.record(manager, {
        actor,
        action: 'register',
        resourceType: 'participant',
        resourceId: participant.id,
        purpose: CASE_MANAGEMENT,
      });
      return participant;
    });
  }
}
