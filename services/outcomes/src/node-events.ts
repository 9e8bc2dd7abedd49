import type { INestApplication } from '@nestjs/common';
import { connectNodeInbox, type InboxTransport } from '@tandem/platform';
import { NODE_EVENTS } from './projection/facts-of-event';

export { NODE_EVENTS };

export function connectNodeEvents(app: INestApplication): Promise<InboxTransport> {
  // The inbox name keys applied events: never rename it.
  return connectNodeInbox(app, 'node-events', NODE_EVENTS);
}
