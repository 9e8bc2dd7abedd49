import type { TObject } from '@sinclair/typebox';
import {
  PlacementEndedV1,
  PlacementStartedV1,
  PUBLIC_PLACEMENT_CONTRACTS,
  PublicPlacementEndedV1,
  PublicPlacementStartedV1,
  PublicRetentionRecordedV1,
  PublicWageRecordedV1,
  RetentionRecordedV1,
  WageRecordedV1,
} from '@tandem/contracts';

/** The event types an integrator may subscribe to: the public forms of placement's events. */
export const PUBLIC_EVENT_TYPES = PUBLIC_PLACEMENT_CONTRACTS.map((contract) => contract.type);

/** Which public type each node-local event becomes, so a subscription is matched before the public form is made. */
export const PUBLIC_TYPE_OF: ReadonlyMap<string, string> = new Map([
  [PlacementStartedV1.type, PublicPlacementStartedV1.type],
  [PlacementEndedV1.type, PublicPlacementEndedV1.type],
  [RetentionRecordedV1.type, PublicRetentionRecordedV1.type],
  [WageRecordedV1.type, PublicWageRecordedV1.type],
]);

/** Always delivered: the placement's pseudonym, which is what a receiver relates a placement's events by. */
export const ALWAYS_DELIVERED = ['placement'];

/** The fields of the public events' data an admin may allow, besides those always delivered. */
export const ALLOWABLE_FIELDS = [
  ...new Set(PUBLIC_PLACEMENT_CONTRACTS.flatMap((contract) => Object.keys((contract.schema as Partial<TObject>).properties ?? {}))),
].filter((field) => !ALWAYS_DELIVERED.includes(field));

/** The public data cut down to the allowed fields: the rest never leaves the node. */
export function minimised(data: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([field]) => ALWAYS_DELIVERED.includes(field) || fields.includes(field)));
}
