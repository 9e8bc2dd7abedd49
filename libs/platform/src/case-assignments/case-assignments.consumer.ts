import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import type { Static } from '@sinclair/typebox';
import { CaseAssignedV1 } from '@tandem/contracts';
import { InboxEventContext } from '../messaging/inbox-transport';
import { CaseAssignmentEntity } from './case-assignment.entity';

/** Keeps the service's copy of who looks after whom, from intake's CaseAssigned on the node's participant topic. */
@Controller()
export class CaseAssignmentsConsumer {
  @EventPattern(CaseAssignedV1.type)
  async caseAssigned(@Payload() data: Static<typeof CaseAssignedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    // Events of one participant arrive in order, so the last one is the assignment in force.
    await context.manager.upsert(
      CaseAssignmentEntity,
      { participantId: data.participantId, caseworker: data.caseworker, assignedAt: new Date(data.assignedAt) },
      ['participantId'],
    );
  }
}

/** The caseworker of a participant's case, or undefined for someone intake never announced. */
export async function caseworkerOf(manager: EntityManager, participantId: string): Promise<string | undefined> {
  return (await manager.findOneBy(CaseAssignmentEntity, { participantId }))?.caseworker;
}
