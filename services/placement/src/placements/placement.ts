import type { PlacementEntity } from './placement.entity';

/** A placement rule said no: the request was understood, the state of the placement or its employer forbids it (409). */
export class PlacementRuleError extends Error {
  override readonly name = 'PlacementRuleError';
}

/** A start is recorded once the contract is signed: at most this many days ahead. */
export const MAX_DAYS_AHEAD = 30;

/** Ending, and a change of wage, belong to a placement that is still going on. */
export function assertActive(placement: Pick<PlacementEntity, 'status' | 'endedOn'>): void {
  if (placement.status !== 'active') throw new PlacementRuleError(`the placement ended on ${placement.endedOn}`);
}
