import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Static } from '@sinclair/typebox';
import {
  type CloudEvent,
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
    const ids = event.data as Ids;
    const pseudonyms = { participant: await this.pseudonyms.of(audience, ids.participantId), placement: await this.pseudonyms.of(audience, ids.placementId) };
    switch (event.type) {
      case PlacementStartedV1.type:
        return { type: PublicPlacementStartedV1.type, data: { ...pseudonyms, ...(await this.started(manager, event.data as Started)) } };
      case PlacementEndedV1.type: {
        const { endedOn, reason } = event.data as Static<typeof PlacementEndedV1.schema>;
        return { type: PublicPlacementEndedV1.type, data: { ...pseudonyms, endedOn, reason } };
      }
      case RetentionRecordedV1.type: {
        const { checkpointDays, recordedOn, stillEmployed, wage } = event.data as Static<typeof RetentionRecordedV1.schema>;
        const band = wage ? { wageBand: wageBandOf(wage) } : {};
        return { type: PublicRetentionRecordedV1.type, data: { ...pseudonyms, checkpointDays, recordedOn, stillEmployed, ...band } };
      }
      case WageRecordedV1.type: {
        const { effectiveOn, wage } = event.data as Static<typeof WageRecordedV1.schema>;
        return { type: PublicWageRecordedV1.type, data: { ...pseudonyms, effectiveOn, wageBand: wageBandOf(wage) } };
      }
      default:
        throw new Error(`${event.type} has no public form`);
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
