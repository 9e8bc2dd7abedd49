import type { INestApplication } from '@nestjs/common';
import { CaseAssignedV1, ParticipantDemographicsV1 } from '@tandem/contracts';
import { connectNodeInbox, type InboxTransport } from '@tandem/platform';

/** What placement learns from its node: who looks after whom, and coarse demographics for public events. */
export const NODE_EVENTS = [CaseAssignedV1, ParticipantDemographicsV1];

export function connectNodeEvents(app: INestApplication): Promise<InboxTransport> {
  // The inbox name keys applied events: never rename it.
  return connectNodeInbox(app, 'node-events', NODE_EVENTS);
}
