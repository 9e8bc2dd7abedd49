import type { INestApplication } from '@nestjs/common';
import { CaseAssignedV1, InboundReferralAcceptedV1, InboundReferralEndedV1 } from '@tandem/contracts';
import { connectNodeInbox, type InboxTransport } from '@tandem/platform';

/** What training learns from the node's intake: who looks after whom, and which referred trainees it may enroll. */
export const INTAKE_EVENTS = [CaseAssignedV1, InboundReferralAcceptedV1, InboundReferralEndedV1];

export function connectIntakeEvents(app: INestApplication): Promise<InboxTransport> {
  // The inbox name keys applied events: never rename it.
  return connectNodeInbox(app, 'intake-events', INTAKE_EVENTS);
}
