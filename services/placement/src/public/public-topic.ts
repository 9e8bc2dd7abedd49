import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CloudEvent, PUBLIC_PLACEMENT_CONTRACTS } from '@tandem/contracts';
import { Outbox } from '@tandem/messaging';
import { PublicPlacementForm } from './public-form';
import { PUBLIC_TOPIC_AUDIENCE } from './pseudonyms';

const CONTRACTS_BY_TYPE = new Map(PUBLIC_PLACEMENT_CONTRACTS.map((contract) => [contract.type, contract]));

/** Writes the public form of each placement event beside it, in the same transaction: one is never without the other. */
@Injectable()
export class PublicTopic {
  constructor(
    private readonly outbox: Outbox,
    private readonly form: PublicPlacementForm,
  ) {}

  async publish(manager: EntityManager, event: CloudEvent): Promise<void> {
    const { type, data } = await this.form.of(manager, event, PUBLIC_TOPIC_AUDIENCE);
    const contract = CONTRACTS_BY_TYPE.get(type);
    if (!contract) throw new Error(`${type} is not a public placement contract`);
    // Keyed by the placement's pseudonym, so a placement's public events keep their order.
    await this.outbox.add(manager, { contract, subject: data['placement'] as string, data: data as never });
  }
}
