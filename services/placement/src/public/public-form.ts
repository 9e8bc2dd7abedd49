import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Static } from '@sinclair/typebox';
import {
  type CloudEvent,
  type EventContract,
  PlacementEndedV1,
  PlacementStartedV1,
  PublicPlacementEndedV1,
  PublicPlacementStartedV1,
  PublicRetentionRecordedV1,
  PublicWageRecordedV1,
  RetentionRecordedV1,
  WageRecordedV1,
} from '@tandem/contracts';
import { PlacementConfig } from '../config';
import { Pseudonyms } from './pseudonyms';
import { wageBandOf } from './wage-band';

export interface PublicPlacementEvent {
  type: string;
  data: Record<string, unknown>;
}

/** The public contract each of placement's node-local events becomes. */
export const PUBLIC_CONTRACT_OF: ReadonlyMap<string, EventContract> = new Map<string, EventContract>([
  [PlacementStartedV1.type, PublicPlacementStartedV1],
  [PlacementEndedV1.type, PublicPlacementEndedV1],
  [RetentionRecordedV1.type, PublicRetentionRecordedV1],
  [WageRecordedV1.type, PublicWageRecordedV1],
]);

type Started = Static<typeof PlacementStartedV1.schema>;
type Ids = { placementId: string; participantId: string };

/**
 * Turns one of placement's node-local events into what an audience (the public topic, or one integrator)
 * may see: ids become that audience's pseudonyms, wages become bands, and gender and age band join a
 * start only when at least PLACEMENT_PUBLIC_CELL_MINIMUM people share its cell at that moment.
 */
@Injectable()
export class PublicPlacementForm {
  constructor(
    private readonly pseudonyms: Pseudonyms,
    private readonly config: PlacementConfig,
  ) {}

  async of(manager: EntityManager, event: Pick<CloudEvent, 'type' | 'data'>, audience: string): Promise<PublicPlacementEvent> {
    const contract = PUBLIC_CONTRACT_OF.get(event.type);
    if (!contract) throw new Error(`${event.type} has no public form`);
    const ids = event.data as Ids;
    const pseudonyms = { participant: await this.pseudonyms.of(audience, ids.participantId), placement: await this.pseudonyms.of(audience, ids.placementId) };
    return { type: contract.type, data: { ...pseudonyms, ...(await this.fieldsOf(manager, event)) } };
  }

  /** What each event shows besides the pseudonyms: codes, dates and wage bands. */
  private async fieldsOf(manager: EntityManager, event: Pick<CloudEvent, 'type' | 'data'>): Promise<Record<string, unknown>> {
    switch (event.type) {
      case PlacementStartedV1.type:
        return this.started(manager, event.data as Started);
      case PlacementEndedV1.type: {
        const { endedOn, reason } = event.data as Static<typeof PlacementEndedV1.schema>;
        return { endedOn, reason };
      }
      case RetentionRecordedV1.type: {
        const { checkpointDays, recordedOn, stillEmployed, wage } = event.data as Static<typeof RetentionRecordedV1.schema>;
        return { checkpointDays, recordedOn, stillEmployed, ...(wage ? { wageBand: wageBandOf(wage) } : {}) };
      }
      default: {
        const { effectiveOn, wage } = event.data as Static<typeof WageRecordedV1.schema>;
        return { effectiveOn, wageBand: wageBandOf(wage) };
      }
    }
  }

  private async started(manager: EntityManager, data: Started): Promise<Record<string, unknown>> {
    const { type, occupation, siteMunicipality, startedOn, contractedHoursPerWeek, wage } = data;
    return {
      type,
      occupation,
      sectors: await sectorsOf(manager, data.employerId),
      siteMunicipality,
      startedOn,
      contractedHoursPerWeek,
      wageBand: wageBandOf(wage),
      ...(await this.demographicsIfCellLargeEnough(manager, data)),
    };
  }

  /** The cell is (occupation, type, gender, age band), counted in people, not placements. */
  private async demographicsIfCellLargeEnough(manager: EntityManager, data: Started): Promise<{ gender?: string; ageBand?: string }> {
    const [cell] = await manager.query<Array<{ gender: string; age_band: string; people: number }>>(
      `SELECT mine.gender, mine.age_band,
              (SELECT count(DISTINCT p.participant_id)::int
                 FROM placements p JOIN participant_demographics d ON d.participant_id = p.participant_id
                WHERE p.occupation = $2 AND p.type = $3 AND d.gender = mine.gender AND d.age_band = mine.age_band) AS people
         FROM participant_demographics mine WHERE mine.participant_id = $1`,
      [data.participantId, data.occupation, data.type],
    );
    if (!cell || cell.people < this.config.PLACEMENT_PUBLIC_CELL_MINIMUM) return {};
    return { gender: cell.gender, ageBand: cell.age_band };
  }
}

async function sectorsOf(manager: EntityManager, employerId: string | null): Promise<string[]> {
  if (!employerId) return [];
  const [employer] = await manager.query<Array<{ sectors: string[] }>>('SELECT sectors FROM employers WHERE id = $1', [employerId]);
  return employer?.sectors ?? [];
}
