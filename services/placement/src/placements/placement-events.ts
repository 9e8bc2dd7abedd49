import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type PlacementEndReason,
  PlacementEndedV1,
  PlacementStartedV1,
  type RetentionCheckpointDays,
  RetentionRecordedV1,
  WageRecordedV1,
} from '@tandem/contracts';
import { Outbox, type OutboxMessage } from '@tandem/messaging';
import type { TSchema } from '@sinclair/typebox';
import { IntegratorFeed } from '../integrators/integrator-feed';
import { PublicTopic } from '../public/public-topic';
import type { PlacementEntity } from './placement.entity';
import { amountOf, type WageAmount } from './wage-progression';
import type { WageEntity } from './wage.entity';

export interface RetentionAnswer {
  days: RetentionCheckpointDays;
  recordedOn: string;
  stillEmployed: boolean;
  wage: WageAmount | null;
}

/**
 * A placement's events, in the caller's transaction and keyed by the placement so they are read in
 * order. Ids, dates, codes and wages only: no employer names, contacts or addresses.
 */
@Injectable()
export class PlacementEvents {
  constructor(
    private readonly outbox: Outbox,
    private readonly publicTopic: PublicTopic,
    private readonly integratorFeed: IntegratorFeed,
  ) {}

  async started(manager: EntityManager, placement: PlacementEntity, wage: WageAmount): Promise<void> {
    const { type, employerId, occupation, siteMunicipality, startedOn, contractedHoursPerWeek } = placement;
    await this.emit(manager, {
      contract: PlacementStartedV1,
      subject: placement.id,
      data: { ...idsOf(placement), type, employerId, occupation, siteMunicipality, startedOn, contractedHoursPerWeek, wage: amountOf(wage) },
    });
  }

  async ended(manager: EntityManager, placement: PlacementEntity, endedOn: string, reason: PlacementEndReason): Promise<void> {
    await this.emit(manager, { contract: PlacementEndedV1, subject: placement.id, data: { ...idsOf(placement), endedOn, reason } });
  }

  async retentionRecorded(manager: EntityManager, placement: PlacementEntity, answer: RetentionAnswer): Promise<void> {
    const { days, recordedOn, stillEmployed, wage } = answer;
    await this.emit(manager, {
      contract: RetentionRecordedV1,
      subject: placement.id,
      data: { ...idsOf(placement), checkpointDays: days, recordedOn, stillEmployed, ...(wage ? { wage: amountOf(wage) } : {}) },
    });
  }

  async wageRecorded(manager: EntityManager, placement: PlacementEntity, wage: WageEntity): Promise<void> {
    await this.emit(manager, {
      contract: WageRecordedV1,
      subject: placement.id,
      data: { ...idsOf(placement), effectiveOn: wage.effectiveOn, wage: amountOf(wage) },
    });
  }

  private async emit<S extends TSchema>(manager: EntityManager, message: OutboxMessage<S>): Promise<void> {
    const event = await this.outbox.add(manager, message);
    await this.publicTopic.publish(manager, event);
    await this.integratorFeed.append(manager, event);
  }
}

function idsOf(placement: PlacementEntity): { placementId: string; participantId: string } {
  return { placementId: placement.id, participantId: placement.participantId };
}
