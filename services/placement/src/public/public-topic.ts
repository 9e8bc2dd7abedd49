import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CloudEvent, EventContract } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { PUBLIC_CONTRACT_OF, PublicPlacementForm } from './public-form';
import { PUBLIC_TOPIC_AUDIENCE } from './pseudonyms';

/** Writes the public form of each placement event beside it, in the same transaction: one is never without the other. */
@Injectable()
export class PublicTopic {
  constructor(
    private readonly outbox: Outbox,
    private readonly form: PublicPlacementForm,
  ) {}

  async publish(manager: EntityManager, event: CloudEvent): Promise<void> {
    const { data } = await this.form.of(manager, event, PUBLIC_TOPIC_AUDIENCE);
    const contract = PUBLIC_CONTRACT_OF.get(event.type) as EventContract;
    // Keyed by the placement's pseudonym, so a placement's public events keep their order.
    await this.outbox.add(manager, { contract, subject: data['placement'] as string, data: data as never });
  }
}
