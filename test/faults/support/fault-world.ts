import { MessagingHarness, SequenceNotedV1 } from '@tandem/messaging/testing';

export { eventually, sleep } from '@tandem/messaging/testing';

/** The n-th command on one aggregate, so the ledger can check count and order. */
export interface Step {
  aggregate: string;
  seq: number;
}

/** One fault-suite run's world on a broker of its own, driven one acknowledged command at a time. */
export class FaultWorld extends MessagingHarness {
  /** One command: a transaction writing one outbox row; acknowledged (returns its event id) once committed. */
  async command(step: Step): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.outbox.add(manager, { contract: SequenceNotedV1, subject: step.aggregate, data: step, topic: this.topic });
      return event.id;
    });
  }
}
