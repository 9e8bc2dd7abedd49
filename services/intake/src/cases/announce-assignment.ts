import type { EntityManager } from 'typeorm';
import { CaseAssignedV1 } from '@tandem/contracts';
import type { Outbox } from '@tandem/messaging';
import type { Case } from './case';

/**
 * Tells the node's other services who looks after the participant now, so they show the participant's
 * records to that caseworker only; called inside the assigning transaction, on the participant's key.
 */
export async function announceAssignment(manager: EntityManager, outbox: Outbox, assigned: Case, at: Date): Promise<void> {
  await outbox.add(manager, {
    contract: CaseAssignedV1,
    subject: assigned.participantId,
    data: {
      participantId: assigned.participantId,
      caseId: assigned.id,
      caseworker: assigned.assignedCaseworker,
      assignedAt: at.toISOString(),
    },
  });
}
