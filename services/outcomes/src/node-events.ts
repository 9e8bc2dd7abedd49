import type { INestApplication } from '@nestjs/common';
import {
  EnrollmentConfirmedV1,
  ParticipantDemographicsV1,
  ParticipantGroupV1,
  PlacementEndedV1,
  PlacementStartedV1,
  RetentionRecordedV1,
  SupportDeliveredV1,
  TrainingCompletedV1,
  TrainingDroppedV1,
  WageRecordedV1,
} from '@tandem/contracts';
import { connectNodeInbox, type InboxTransport } from '@tandem/platform';

/** What the figures are built from: node-local events only, each topic also replayed by `outcomes replay`. */
export const NODE_EVENTS = [
  ParticipantDemographicsV1,
  ParticipantGroupV1,
  EnrollmentConfirmedV1,
  TrainingCompletedV1,
  TrainingDroppedV1,
  PlacementStartedV1,
  PlacementEndedV1,
  RetentionRecordedV1,
  WageRecordedV1,
  SupportDeliveredV1,
];

export function connectNodeEvents(app: INestApplication): Promise<InboxTransport> {
  // The inbox name keys applied events: never rename it.
  return connectNodeInbox(app, 'node-events', NODE_EVENTS);
}
