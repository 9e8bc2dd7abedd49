import type { TObject } from '@sinclair/typebox';
import { PUBLIC_PLACEMENT_CONTRACTS } from '@tandem/contracts';
import { PUBLIC_CONTRACT_OF } from '../public/public-form';

/** The event types an integrator may subscribe to: the public forms of placement's events. */
export const PUBLIC_EVENT_TYPES = PUBLIC_PLACEMENT_CONTRACTS.map((contract) => contract.type);

/** Which public type each node-local event becomes, so a subscription is matched before the public form is made. */
export const PUBLIC_TYPE_OF: ReadonlyMap<string, string> = new Map([...PUBLIC_CONTRACT_OF].map(([local, contract]) => [local, contract.type]));

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
