import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import { municipalityOfSource, RegionalFiguresV1 } from '@tandem/contracts';
import { InboxEventContext } from '@tandem/platform';
import { type RegionalFiguresMessage, savePartnerFigures } from './partner-figures';

/** A partner's figures, from this node's exchange inbox (verified as signed by that partner before this runs). */
@Controller()
export class PartnerFiguresConsumer {
  @EventPattern(RegionalFiguresV1.type)
  async received(@Ctx() context: InboxEventContext): Promise<void> {
    const figures = context.event.data as RegionalFiguresMessage;
    const sender = municipalityOfSource(context.event.source);
    // A node speaks for itself only: figures naming another town are refused (and dead-lettered).
    if (figures.municipality !== sender) throw new Error(`figures of ${figures.municipality} sent by ${sender ?? 'an unknown source'}`);
    await savePartnerFigures(context.manager, figures);
  }
}
