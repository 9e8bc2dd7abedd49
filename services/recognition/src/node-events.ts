import type { INestApplication } from '@nestjs/common';
import { CaseAssignedV1, InboundReferralAcceptedV1, InboundReferralEndedV1, ModuleCompletedV1, TrainingCompletedV1 } from '@tandem/contracts';
import { connectNodeInbox, type InboxTransport } from '@tandem/platform';

/**
 * What recognition learns from its node: who looks after whom, completions to issue credentials for,
 * and which referred trainees' credentials may go to their home node.
 */
export const NODE_EVENTS = [CaseAssignedV1, ModuleCompletedV1, TrainingCompletedV1, InboundReferralAcceptedV1, InboundReferralEndedV1];

export function connectNodeEvents(app: INestApplication): Promise<InboxTransport> {
  // The inbox name keys applied events: never rename it.
  return connectNodeInbox(app, 'node-events', NODE_EVENTS);
}
