import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import { InboxEventContext } from '@tandem/platform';
import { NODE_EVENTS } from '../node-events';
import { writeFacts } from './write-facts';

/** The live path: each event becomes its rows of the read model in the inbox transaction that records it. */
@Controller()
export class FactsConsumer {
  @EventPattern(NODE_EVENTS.map((contract) => contract.type))
  async apply(@Ctx() context: InboxEventContext): Promise<void> {
    await writeFacts((text, parameters) => context.manager.query(text, parameters), [context.event]);
  }
}
