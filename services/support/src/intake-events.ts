import type { INestApplication } from '@nestjs/common';
import { AttendanceRecordedV1, CaseAssignedV1, ReferredAttendanceRecordedV1 } from '@tandem/contracts';
import { connectNodeInbox, type InboxTransport } from '@tandem/platform';

/** What support learns from its node: who looks after whom, and attendance here and, through intake, across the border. */
export const NODE_EVENTS = [CaseAssignedV1, AttendanceRecordedV1, ReferredAttendanceRecordedV1];

export function connectNodeEvents(app: INestApplication): Promise<InboxTransport> {
  // The inbox name keys applied events: never rename it.
  return connectNodeInbox(app, 'node-events', NODE_EVENTS);
}
