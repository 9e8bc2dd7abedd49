import type { EntityManager } from 'typeorm';
import type { Static, TSchema } from '@sinclair/typebox';
import type { CloudEvent, EventContract } from '@tandem/contracts';
import type { Federation, MessageSigner } from '@tandem/federation';
import type { Outbox } from '@tandem/messaging';

export interface CrossBorderMessage<S extends TSchema> {
  contract: EventContract<S>;
  /** The aggregate id, the same on both nodes (e.g. the referral id). */
  subject: string;
  data: Static<S>;
  /** The destination municipality; it must be another member of the federation. */
  to: string;
}

export class UnknownPartnerError extends Error {
  override readonly name = 'UnknownPartnerError';
  constructor(readonly municipality: string) {
    super(`${municipality} is not another municipality of the federation`);
  }
}

/** Sends messages to other nodes: signed, into their exchange inbox, through this node's outbox. */
export class CrossBorder {
  constructor(
    private readonly outbox: Outbox,
    private readonly federation: Federation,
    private readonly signer: MessageSigner,
  ) {}

  get municipality(): string {
    return this.signer.municipality;
  }

  isPartner(municipality: string): boolean {
    return municipality !== this.municipality && this.federation.has(municipality);
  }

  /**
   * Signed now, inside the caller's transaction, so the row the relay publishes later is already
   * the exact message the destination verifies; at least once, deduplicated by the receiver's inbox.
   */
  async send<S extends TSchema>(manager: EntityManager, message: CrossBorderMessage<S>): Promise<CloudEvent<Static<S>>> {
    if (!message.contract.exchange) throw new Error(`${message.contract.type} is not a cross-border message`);
    if (!this.isPartner(message.to)) throw new UnknownPartnerError(message.to);
    return this.outbox.add(manager, {
      contract: message.contract,
      subject: message.subject,
      data: message.data,
      topic: this.federation.inboxTopic(message.to),
      sign: (record) => this.signer.sign(record, message.to),
    });
  }
}
