import type { INestApplication } from '@nestjs/common';
import {
  CaseAssignedV1,
  ConsentGrantedV1,
  ConsentWithdrawnV1,
  CredentialIssuedV1,
  CredentialRevokedV1,
  InboundReferralAcceptedV1,
  InboundReferralEndedV1,
  ModuleCompletedV1,
  ParticipantDemographicsV1,
  ParticipantRegisteredV1,
} from '@tandem/contracts';
import { connectNodeInbox, type InboxTransport } from '@tandem/platform';

/**
 * What placement learns from its node: who looks after whom, coarse demographics for public events,
 * and whom it may match, with the skills their modules and credentials evidence and their employer-sharing consents.
 */
export const NODE_EVENTS = [
  CaseAssignedV1,
  ParticipantDemographicsV1,
  ParticipantRegisteredV1,
  ModuleCompletedV1,
  CredentialIssuedV1,
  CredentialRevokedV1,
  ConsentGrantedV1,
  ConsentWithdrawnV1,
  InboundReferralAcceptedV1,
  InboundReferralEndedV1,
];

export function connectNodeEvents(app: INestApplication): Promise<InboxTransport> {
  // The inbox name keys applied events: never rename it.
  return connectNodeInbox(app, 'node-events', NODE_EVENTS);
}
